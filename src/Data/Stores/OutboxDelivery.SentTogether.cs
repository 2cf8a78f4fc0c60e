using System.Data.Common;
using Dapper;

namespace Pkkpm.Data.Stores;

public static partial class OutboxDelivery
{
    /// <summary>A message Twilio took: its row, Twilio's sid (null when only logged), the route it went by.</summary>
    public sealed record SentMessage(long Id, string? TwilioSid, string SentChannel);

    // PostgreSQL: one statement for the whole batch, each row matched to its own sid and route.
    private const string MarkAllSentSql = """
        update outbox o set status = 'sent', twilio_sid = m.sid, sent_channel = m.channel, sent_at = @Now,
                            claimed_until = null, next_attempt_at = null, error_code = null, error = null
          from unnest(@Ids, @Sids, @Channels) as m(id, sid, channel)
         where o.id = m.id and o.status = 'queued'
        returning o.id
        """;

    /// <summary>
    /// <see cref="MarkSentAsync"/> for many messages in one unit of work; returns the ids recorded
    /// now (a row already recorded, by a sender whose lease ran out, is left as it is).
    /// </summary>
    public static async Task<IReadOnlySet<long>> MarkAllSentAsync(DbConnection connection, DbTransaction transaction, IReadOnlyList<SentMessage> messages, DateTimeOffset now)
    {
        if (Dialect.IsPostgres(connection))
            return (await connection.QueryAsync<long>(MarkAllSentSql, new
            {
                Ids = messages.Select(m => m.Id).ToArray(),
                Sids = messages.Select(m => m.TwilioSid).ToArray(),
                Channels = messages.Select(m => m.SentChannel).ToArray(),
                Now = now,
            }, transaction)).ToHashSet();

        // SQLite runs in the process: a statement per row costs microseconds, the commit is what counts.
        var recorded = new HashSet<long>();
        foreach (var m in messages)
            if (await MarkSentAsync(connection, transaction, m.Id, m.TwilioSid, m.SentChannel, now)) recorded.Add(m.Id);
        return recorded;
    }
}
