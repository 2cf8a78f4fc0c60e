using Dapper;

namespace Pkkpm.Data.Seeds;

/// <summary>loans.csv: running loans. A loan is known by its member, its date and its principal: one
/// already in the database has its terms changed where the file differs.</summary>
internal sealed partial class SeedImport
{
    private readonly Dictionary<long, List<(long LoanId, DateOnly DisbursedOn)>> _loans = [];

    private sealed class StoredLoan
    {
        public long Id { get; init; }
        public long PersonId { get; init; }
        public DateOnly DisbursedOn { get; init; }
        public long Principal { get; init; }
        public int Instalments { get; init; }
        public long InstalmentAmount { get; init; }
        public string Frequency { get; init; } = "";
    }

    public async Task<int> LoansAsync()
    {
        var stored = new Dictionary<(long, DateOnly, long), StoredLoan>();
        foreach (var loan in await connection.QueryAsync<StoredLoan>("""
            select id as Id, person_id as PersonId, disbursed_on as DisbursedOn, principal as Principal,
                   instalments as Instalments, instalment_amount as InstalmentAmount, frequency as Frequency from loans
            """, transaction: transaction))
        {
            stored[(loan.PersonId, loan.DisbursedOn, loan.Principal)] = loan;
            AddLoan(loan.PersonId, loan.Id, loan.DisbursedOn);
        }

        using var file = Open("loans.csv", required: false, "phone", "principal", "disbursed_on", "instalments", "instalment_amount", "frequency");
        if (file is null) return 0;
        var tally = Tally(file.Name);
        var inFile = new HashSet<(long, DateOnly, long)>();
        var setAside = stored.Count == 0 ? await FirstLoansSetAsideAsync() : null;
        await using var insertLoan = await RepeatedInsert.OpenAsync(connection, transaction,
            "loans", ["person_id", "group_id", "principal", "disbursed_on", "instalments", "instalment_amount", "frequency", "created_at"], withIds: true);
        try
        {
            foreach (var row in file.Rows())
            {
                try
                {
                    var member = MemberOn(row);
                    var frequency = row.Text("frequency").ToLowerInvariant();
                    if (frequency is not ("mingguan" or "bulanan" or "dwimingguan" or "selapanan")) throw row.Fail($"frequency '{frequency}' must be mingguan, bulanan, dwimingguan or selapanan");
                    var loan = new StoredLoan
                    {
                        PersonId = member.PersonId, DisbursedOn = Date(row, "disbursed_on"), Principal = row.WholeRupiah("principal"),
                        Instalments = row.Count("instalments"), InstalmentAmount = row.WholeRupiah("instalment_amount"), Frequency = frequency,
                    };
                    var key = (loan.PersonId, loan.DisbursedOn, loan.Principal);
                    if (!inFile.Add(key)) throw row.Fail("the same member, disbursed_on and principal appear twice: one loan is one line");
                    if (stored.TryGetValue(key, out var known))
                    {
                        if ((known.Instalments, known.InstalmentAmount, known.Frequency) == (loan.Instalments, loan.InstalmentAmount, loan.Frequency)) { tally.Unchanged++; continue; }
                        await insertLoan.FlushAsync();
                        await connection.ExecuteAsync("update loans set instalments = @Instalments, instalment_amount = @InstalmentAmount, frequency = @Frequency where id = @Id",
                            new { known.Id, loan.Instalments, loan.InstalmentAmount, loan.Frequency }, transaction);
                        tally.Changed++;
                        continue;
                    }
                    var loanId = await insertLoan.IdAsync(
                        member.PersonId, member.GroupId, loan.Principal, loan.DisbursedOn, loan.Instalments, loan.InstalmentAmount, frequency, Now);
                    AddLoan(member.PersonId, loanId, loan.DisbursedOn);
                    tally.Added++;
                }
                catch (SeedException problem) when (Listed(problem)) { }
            }
        }
        catch (SeedException problem) when (Listed(problem)) { }
        await insertLoan.FlushAsync();
        if (setAside is not null) await setAside.RestoreAsync();
        return inFile.Count;
    }

    /// <summary>
    /// A programme's first loans: their foreign keys (the member, her group, who recorded it, the source
    /// message) and their group index step aside and are made again after the last loan, each in one
    /// pass: 250,000 loans took PostgreSQL 3.7 s with them, 1.7 s without (psql). The service meanwhile
    /// waits to record messages and to read people and groups (<see cref="TurnOrderLocks"/>), as during
    /// a programme's first ledger.
    /// </summary>
    private async Task<EmptyTablesSetAside> FirstLoansSetAsideAsync()
    {
        await TurnOrderLocks.TakeUpToAsync(connection, transaction, "groups");
        return await EmptyTablesSetAside.TakeAsync(connection, transaction, ["loans"]);
    }

    private void AddLoan(long personId, long loanId, DateOnly disbursedOn)
    {
        if (!_loans.TryGetValue(personId, out var list)) _loans[personId] = list = [];
        list.Add((loanId, disbursedOn));
    }

    /// <summary>An instalment pays the member's latest loan disbursed by that date.</summary>
    private long? LoanRepaidOn(Member member, DateOnly date) =>
        _loans.GetValueOrDefault(member.PersonId)?
            .Where(l => l.DisbursedOn <= date)
            .OrderBy(l => l.DisbursedOn)
            .Select(l => (long?)l.LoanId)
            .LastOrDefault();
}
