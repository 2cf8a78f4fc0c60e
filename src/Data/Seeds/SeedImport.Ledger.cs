using Dapper;

namespace Pkkpm.Data.Seeds;

/// <summary>
/// ledger.csv: the savings and repayment history, appended (the ledger is never changed). A line is
/// known by what it says (member, date, type, amount, note, whether it reverses an entry) and by
/// its occurrence among lines that say the same: the third identical deposit of a day is already
/// there when the database holds three such entries, whoever recorded them. So importing a file
/// twice, or an export back into its own database, adds nothing.
/// </summary>
internal sealed partial class SeedImport
{
    private readonly record struct LineKey(long PersonId, DateOnly Date, string Kind, long Amount, string Note, bool Reversal);

    /// <summary>A line that reverses an entry, written after the others: the entry it names may be among them.</summary>
    private sealed record Reversal(SeedFile.Row Row, Member Member, string Kind, long Amount, DateOnly Date, string Note, string Reverses, string SourceRef);

    private sealed class StoredLines
    {
        public long PersonId { get; init; }
        public DateOnly Date { get; init; }
        public string Kind { get; init; } = "";
        public long Amount { get; init; }
        public string Note { get; init; } = "";
        public long Reversal { get; init; }
        public long Count { get; init; }
    }

    private readonly Dictionary<LineKey, long> _storedLines = [];
    private readonly Dictionary<long, long> _savings = [];
    private readonly List<Reversal> _reversals = [];

    // The code column of lines written in this import (an export writes each entry's code), and the line each came from.
    private readonly Dictionary<string, string> _newCodes = new(StringComparer.OrdinalIgnoreCase);

    public async Task<int> LedgerAsync()
    {
        using var file = Open("ledger.csv", required: false, "date", "phone", "type", "amount", "note");
        if (file is null) return 0;
        var setAside = await LedgerIndexesSetAside.TryAsync(connection, transaction);
        if (setAside is null) await LoadStoredLinesAsync();
        var counted = setAside is null ? null : new CountedFigures();
        var lastBefore = await connection.ExecuteScalarAsync<long>("select coalesce(max(id), 0) from ledger_entries", transaction: transaction);
        var count = await WriteLedgerRowsAsync(file, counted);
        if (setAside is not null) await setAside.BeforeReversalsAsync();
        await WriteReversalsAsync(lastBefore);
        if (setAside is not null)
        {
            // Lines that reverse others are counted by no one: the figures are then computed from the ledger.
            var figures = _reversals.Count == 0 && counted!.Complete ? counted : null;
            await setAside.RestoreAsync(figures);
            Tally(file.Name).Road += figures is null ? ", indexes made again after" : ", indexes made again after, figures counted on the way";
        }
        return count;
    }

    private async Task LoadStoredLinesAsync()
    {
        foreach (var lines in await connection.QueryAsync<StoredLines>("""
            select person_id as PersonId, occurred_on as Date, kind as Kind, amount as Amount, coalesce(note, '') as Note,
                   case when reverses_entry_id is null then 0 else 1 end as Reversal, count(*) as Count
              from ledger_entries
             group by person_id, occurred_on, kind, amount, coalesce(note, ''), case when reverses_entry_id is null then 0 else 1 end
            """, transaction: transaction, commandTimeout: 0))
            _storedLines[new LineKey(lines.PersonId, lines.Date, lines.Kind, lines.Amount, lines.Note, lines.Reversal == 1)] = lines.Count;
        foreach (var (personId, savings) in await connection.QueryAsync<(long, long)>("""
            select person_id, sum(case kind when 'setoran' then amount else -amount end * case when reverses_entry_id is null then 1 else -1 end)
              from ledger_entries where kind <> 'angsuran' group by person_id
            """, transaction: transaction, commandTimeout: 0))
            _savings[personId] = savings;
    }

    // The writer is closed before anything else runs: on PostgreSQL the connection is in COPY until then.
    private async Task<int> WriteLedgerRowsAsync(SeedFile file, CountedFigures? counted)
    {
        var tally = Tally(file.Name);
        var seen = new Dictionary<LineKey, long>();
        var count = 0;
        await using var rows = await ImportedLedgerRows.OpenAsync(connection, transaction, Now);
        tally.Road = rows.Road;
        try
        {
            foreach (var row in file.Rows())
            {
                try
                {
                    var member = MemberOn(row);
                    var date = Date(row, "date");
                    var amount = row.WholeRupiah("amount");
                    var kind = row.Text("type").ToLowerInvariant();
                    if (kind is not ("setoran" or "penarikan" or "angsuran")) throw row.Fail($"type '{kind}' must be setoran, penarikan or angsuran");
                    var note = row.Text("note", required: false);
                    var reverses = row.Text("reverses", required: false);
                    count++;

                    // Into an empty ledger (the seeds, a first import) nothing can be there yet: millions of
                    // lines are then not counted one by one.
                    if (_storedLines.Count > 0)
                    {
                        var key = new LineKey(member.PersonId, date, kind, amount, note, reverses.Length > 0);
                        var occurrence = seen[key] = seen.GetValueOrDefault(key) + 1;
                        if (occurrence <= _storedLines.GetValueOrDefault(key)) { tally.Unchanged++; continue; }
                    }

                    var sourceRef = $"{file.Name}:{row.Line}";
                    if (reverses.Length > 0)
                    {
                        var undone = kind switch { "setoran" => -amount, "penarikan" => amount, _ => 0 };
                        _savings[member.PersonId] = _savings.GetValueOrDefault(member.PersonId) + undone;
                        _reversals.Add(new Reversal(row, member, kind, amount, date, note, reverses, sourceRef));
                        tally.Added++;
                        continue;
                    }

                    long? loanId = null;
                    switch (kind)
                    {
                        case "setoran":
                            _savings[member.PersonId] = _savings.GetValueOrDefault(member.PersonId) + amount;
                            break;
                        case "penarikan":
                            var balance = _savings.GetValueOrDefault(member.PersonId);
                            if (amount > balance) throw row.Fail($"withdrawal of {amount} is more than the savings of {balance} at that date");
                            _savings[member.PersonId] = balance - amount;
                            break;
                        default:
                            loanId = LoanRepaidOn(member, date) ?? throw row.Fail("angsuran for a member with no loan disbursed on or before that date");
                            break;
                    }

                    await rows.WriteAsync(member.GroupId, member.PersonId, kind, amount, loanId, date, sourceRef, note);
                    counted?.Add(member.GroupId, member.PersonId, kind, amount, loanId, date);
                    if (row.Text("code", required: false) is { Length: > 0 } code) _newCodes[code] = sourceRef;
                    tally.Added++;
                }
                catch (SeedException problem) when (Listed(problem)) { }
            }
        }
        catch (SeedException problem) when (Listed(problem)) { }
        await rows.CompleteAsync();
        return count;
    }
}
