using Dapper;
using Pkkpm.Data.Stores;

namespace Pkkpm.Data.Seeds;

/// <summary>
/// ledger.csv lines with a `reverses` column (an export writes them for corrections): each reverses
/// the entry with that code, one of an earlier line's `code` or an entry in the database. Like a
/// KOREKSI, it repeats the entry's member, type, amount and loan, on its own date.
/// </summary>
internal sealed partial class SeedImport
{
    private sealed class Reversed
    {
        public long PersonId { get; init; }
        public string Kind { get; init; } = "";
        public long Amount { get; init; }
        public long AlreadyReversed { get; init; }
    }

    private async Task WriteReversalsAsync(long lastBefore)
    {
        if (_reversals.Count == 0) return;
        var written = _newCodes.Count == 0 ? [] : (await connection.QueryAsync<(string SourceRef, long Id)>(
            "select source_ref, id from ledger_entries where id > @LastBefore and source = 'import'", new { LastBefore = lastBefore }, transaction))
            .Where(e => e.SourceRef is not null).ToDictionary(e => e.SourceRef, e => e.Id);
        foreach (var reversal in _reversals)
        {
            try
            {
                await WriteReversalAsync(reversal, written);
            }
            catch (SeedException problem) when (Listed(problem)) { }
        }
    }

    private async Task WriteReversalAsync(Reversal reversal, Dictionary<string, long> written)
    {
        long? target = _newCodes.TryGetValue(reversal.Reverses, out var line) && written.TryGetValue(line, out var id) ? id
            : EntryCodes.TryParse(reversal.Reverses, out var codeId)
                ? await connection.ExecuteScalarAsync<long?>("select ref_id from codes where id = @Id and kind = 'entry'", new { Id = codeId }, transaction)
                : null;
        if (target is null) throw reversal.Row.Fail($"reverses '{reversal.Reverses}' is neither the code of a line above nor of an entry in the database");
        var entry = await connection.QuerySingleAsync<Reversed>("""
            select person_id as PersonId, kind as Kind, amount as Amount,
                   (select count(*) from ledger_entries r where r.reverses_entry_id = e.id) + case when e.reverses_entry_id is null then 0 else 1 end as AlreadyReversed
              from ledger_entries e where e.id = @Id
            """, new { Id = target }, transaction);
        if ((entry.PersonId, entry.Kind, entry.Amount) != (reversal.Member.PersonId, reversal.Kind, reversal.Amount))
            throw reversal.Row.Fail($"reverses '{reversal.Reverses}', an entry of another member, type or amount");
        if (entry.AlreadyReversed > 0) throw reversal.Row.Fail($"reverses '{reversal.Reverses}', which is already reversed or is itself a reversal");
        await connection.ExecuteAsync("""
            insert into ledger_entries (group_id, person_id, kind, amount, loan_id, occurred_on, reverses_entry_id, source, source_ref, note, recorded_at)
            select group_id, person_id, kind, amount, loan_id, @Date, id, 'import', @SourceRef, @Note, @Now from ledger_entries where id = @Id
            """, new { reversal.Date, Id = target, reversal.SourceRef, reversal.Note, Now }, transaction);
    }
}
