using System.Data.Common;
using Dapper;
using Pkkpm.Conversations.Turns;

namespace Pkkpm.Data.Stores;

/// <summary>Outbound messages, queued in the transaction that caused them.</summary>
public static class Outbox
{
    public static Task QueueAsync(DbConnection connection, DbTransaction transaction, QueueOutbound message, string? sourceMessageSid, DateTimeOffset now) =>
        connection.ExecuteAsync("""
            insert into outbox (to_phone, channel, body, kind, source_message_sid, created_at)
            values (@ToPhone, @Channel, @Body, @Kind, @Source, @Now)
            """,
            new
            {
                message.ToPhone,
                Channel = message.Channel.ToString().ToLowerInvariant(),
                message.Body,
                message.Kind,
                Source = sourceMessageSid,
                Now = Clock.Stamp(now),
            },
            transaction);
}
