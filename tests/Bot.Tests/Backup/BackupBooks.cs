using System.Data.Common;
using Dapper;

namespace Pkkpm.Bot.Tests.Backup;

/// <summary>
/// What a restore must bring back, read from a database: every ledger entry with its code, each
/// member's savings, and every outbound message (what it says and to whom; not whether it has gone
/// yet). Each is tied to the turn that wrote it (its MessageSid), so the books of a live database
/// can be cut back to the turns a backup holds.
/// </summary>
internal sealed record BackupBooks(IReadOnlyList<string> Entries, IReadOnlyList<string> Savings, IReadOnlyList<string> Outbox, IReadOnlySet<string> Turns)
{
    private sealed record Entry(long Id, long PersonId, string Kind, long Amount, string? Sid, long? CodeId);

    private sealed record Outbound(long Id, string ToPhone, string Kind, string Body, string? Sid);

    public static async Task<BackupBooks> ReadAsync(DbConnection connection, IReadOnlySet<string>? onlyTurns = null)
    {
        var turns = (await connection.QueryAsync<string>("select sid from inbound_messages")).ToHashSet();
        bool Kept(string? sid) => sid is null || onlyTurns is null || onlyTurns.Contains(sid);
        var entries = (await connection.QueryAsync<Entry>("""
            select e.id as Id, e.person_id as PersonId, e.kind as Kind, e.amount as Amount, e.source_message_sid as Sid, c.id as CodeId
              from ledger_entries e left join codes c on c.kind = 'entry' and c.ref_id = e.id
             order by e.id
            """)).Where(e => Kept(e.Sid)).ToList();
        var outbox = (await connection.QueryAsync<Outbound>(
            "select id as Id, to_phone as ToPhone, kind as Kind, body as Body, source_message_sid as Sid from outbox order by id"))
            .Where(o => Kept(o.Sid)).ToList();
        var savings = entries.GroupBy(e => e.PersonId).OrderBy(g => g.Key)
            .Select(g => $"{g.Key}: {g.Sum(e => e.Kind switch { "setoran" => e.Amount, "penarikan" => -e.Amount, _ => 0 })}").ToList();
        return new BackupBooks(
            entries.Select(e => $"{e.Id} {e.PersonId} {e.Kind} {e.Amount} {e.Sid} code {e.CodeId}").ToList(),
            savings,
            outbox.Select(o => $"{o.Id} {o.ToPhone} {o.Kind} {o.Sid}: {o.Body}").ToList(),
            onlyTurns is null ? turns : turns.Where(onlyTurns.Contains).ToHashSet());
    }

    /// <summary>Savings of one person (setoran less penarikan), as SALDO must report them.</summary>
    public long SavingsOf(long personId) =>
        long.Parse(Savings.Single(s => s.StartsWith($"{personId}: ", StringComparison.Ordinal))[$"{personId}: ".Length..]);
}
