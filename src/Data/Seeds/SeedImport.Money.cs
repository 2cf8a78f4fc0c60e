using Dapper;

namespace Pkkpm.Data.Seeds;

/// <summary>loans.csv and ledger.csv: running loans and the savings and repayment history.</summary>
internal sealed partial class SeedImport
{
    private readonly Dictionary<long, List<(long LoanId, DateOnly DisbursedOn)>> _loans = [];

    public async Task<int> LoansAsync()
    {
        if (!SeedFile.Exists(folder, "loans.csv")) return 0;
        using var file = new SeedFile(folder, "loans.csv", "phone", "principal", "disbursed_on", "instalments", "instalment_amount", "frequency");
        var count = 0;
        await using var insertLoan = new RepeatedInsert(connection, transaction, """
            insert into loans (person_id, group_id, principal, disbursed_on, instalments, instalment_amount, frequency, created_at)
            values (@PersonId, @GroupId, @Principal, @DisbursedOn, @Instalments, @InstalmentAmount, @Frequency, @Now) returning id
            """, "@PersonId", "@GroupId", "@Principal", "@DisbursedOn", "@Instalments", "@InstalmentAmount", "@Frequency", "@Now");
        foreach (var row in file.Rows())
        {
            var member = MemberOn(row);
            var frequency = row.Text("frequency").ToLowerInvariant();
            if (frequency is not ("mingguan" or "bulanan" or "dwimingguan" or "selapanan")) throw row.Fail($"frequency '{frequency}' must be mingguan, bulanan, dwimingguan or selapanan");
            var disbursedOn = row.Date("disbursed_on");
            var loanId = await insertLoan.IdAsync(
                member.PersonId, member.GroupId, row.WholeRupiah("principal"), disbursedOn, row.Count("instalments"), row.WholeRupiah("instalment_amount"), frequency, Now);
            if (!_loans.TryGetValue(member.PersonId, out var list)) _loans[member.PersonId] = list = [];
            list.Add((loanId, disbursedOn));
            count++;
        }
        return count;
    }

    public async Task<int> LedgerAsync()
    {
        if (!SeedFile.Exists(folder, "ledger.csv")) return 0;
        using var file = new SeedFile(folder, "ledger.csv", "date", "phone", "type", "amount", "note");
        var setAside = await LedgerIndexesSetAside.TryAsync(connection, transaction);
        var count = await WriteLedgerRowsAsync(file);
        if (setAside is not null) await setAside.RestoreAsync();
        return count;
    }

    // The writer is closed before anything else runs: on PostgreSQL the connection is in COPY until then.
    private async Task<int> WriteLedgerRowsAsync(SeedFile file)
    {
        var savings = new Dictionary<long, long>();
        var count = 0;
        await using var rows = await ImportedLedgerRows.OpenAsync(connection, transaction, Now);
        foreach (var row in file.Rows())
        {
            var member = MemberOn(row);
            var date = row.Date("date");
            var amount = row.WholeRupiah("amount");
            var kind = row.Text("type").ToLowerInvariant();
            long? loanId = null;
            switch (kind)
            {
                case "setoran":
                    savings[member.PersonId] = savings.GetValueOrDefault(member.PersonId) + amount;
                    break;
                case "penarikan":
                    var balance = savings.GetValueOrDefault(member.PersonId);
                    if (amount > balance) throw row.Fail($"withdrawal of {amount} is more than the savings of {balance} at that date");
                    savings[member.PersonId] = balance - amount;
                    break;
                case "angsuran":
                    loanId = LoanRepaidOn(member, date) ?? throw row.Fail("angsuran for a member with no loan disbursed on or before that date");
                    break;
                default:
                    throw row.Fail($"type '{kind}' must be setoran, penarikan or angsuran");
            }

            await rows.WriteAsync(member.GroupId, member.PersonId, kind, amount, loanId, date, $"{file.Name}:{row.Line}", row.Text("note", required: false));
            count++;
        }
        await rows.CompleteAsync();
        return count;
    }

    /// <summary>An instalment pays the member's latest loan disbursed by that date.</summary>
    private long? LoanRepaidOn(Member member, DateOnly date) =>
        _loans.GetValueOrDefault(member.PersonId)?
            .Where(l => l.DisbursedOn <= date)
            .OrderBy(l => l.DisbursedOn)
            .Select(l => (long?)l.LoanId)
            .LastOrDefault();
}
