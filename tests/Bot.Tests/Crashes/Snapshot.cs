using System.Data.Common;
using System.Text.Json;
using Dapper;
using Pkkpm.Data.Stores;

namespace Pkkpm.Bot.Tests.Crashes;

/// <summary>
/// What the database holds after a crash, read as a person with a SQL prompt would: the handled
/// messages with their stored answers, the ledger with each entry's code, the outbox and the
/// broadcasts. Each kind of row carries the MessageSid that caused it.
/// </summary>
internal sealed class Snapshot
{
    public sealed class Entry
    {
        public long Id { get; init; }
        public long CodeId { get; init; }
        public string Phone { get; init; } = "";
        public long Amount { get; init; }
        public string? SourceMessageSid { get; init; }
        public string Code => EntryCodes.Encode(CodeId);
    }

    public sealed class OutboxRow
    {
        public long Id { get; init; }
        public string ToPhone { get; init; } = "";
        public string Body { get; init; } = "";
        public string Kind { get; init; } = "";
        public string Status { get; init; } = "";
        public string? TwilioSid { get; init; }
        public string? SourceMessageSid { get; init; }
        public long? BroadcastId { get; init; }
    }

    public sealed class Broadcast
    {
        public long Id { get; init; }
        public string SourceMessageSid { get; init; } = "";
    }

    private sealed class Inbound
    {
        public string Sid { get; init; } = "";
        public string Replies { get; init; } = "";
    }

    /// <summary>Every handled MessageSid with the replies stored for it.</summary>
    public required IReadOnlyDictionary<string, IReadOnlyList<string>> Replies { get; init; }

    /// <summary>Entries recorded by messages (the seeds have none).</summary>
    public required IReadOnlyList<Entry> Entries { get; init; }

    public required IReadOnlyList<OutboxRow> Outbox { get; init; }

    public required IReadOnlyList<Broadcast> Broadcasts { get; init; }

    /// <summary>What a repeated message must not change: how many rows of each kind there are.</summary>
    public (int Messages, int Entries, int Outbox, int Broadcasts) Counts => (Replies.Count, Entries.Count, Outbox.Count, Broadcasts.Count);

    public static async Task<Snapshot> ReadAsync(DbConnection connection)
    {
        var inbound = await connection.QueryAsync<Inbound>("select sid as Sid, replies as Replies from inbound_messages");
        var entries = await connection.QueryAsync<Entry>("""
            select e.id as Id, c.id as CodeId, p.phone as Phone, e.amount as Amount, e.source_message_sid as SourceMessageSid
              from ledger_entries e
              join people p on p.id = e.person_id
              join codes c on c.kind = 'entry' and c.ref_id = e.id
             where e.source <> 'import'
             order by e.id
            """);
        var outbox = await connection.QueryAsync<OutboxRow>("""
            select id as Id, to_phone as ToPhone, body as Body, kind as Kind, status as Status, twilio_sid as TwilioSid,
                   source_message_sid as SourceMessageSid, broadcast_id as BroadcastId
              from outbox order by id
            """);
        var broadcasts = await connection.QueryAsync<Broadcast>("select id as Id, source_message_sid as SourceMessageSid from broadcasts");
        return new Snapshot
        {
            Replies = inbound.ToDictionary(i => i.Sid, i => (IReadOnlyList<string>)JsonSerializer.Deserialize<string[]>(i.Replies)!),
            Entries = entries.ToList(),
            Outbox = outbox.ToList(),
            Broadcasts = broadcasts.ToList(),
        };
    }
}
