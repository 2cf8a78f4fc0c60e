using System.Data.Common;
using Dapper;

namespace Pkkpm.Data.Stores;

/// <summary>A message Twilio took but could not deliver, queued once more by SMS.</summary>
public static partial class OutboxDelivery
{
    // Once: a resend is never resent, and a message has at most one (outbox_resend_of is unique,
    // so of two callbacks racing on PostgreSQL the second inserts nothing).
    private const string ResendSql = """
        insert into outbox (to_phone, channel, body, kind, priority, source_message_sid, created_at, resend_of)
        select o.to_phone, 'sms', o.body, o.kind, o.priority, o.source_message_sid, @Now, o.id
          from outbox o
         where o.id = @Id and o.resend_of is null
           and not exists (select 1 from outbox r where r.resend_of = o.id)
        on conflict do nothing
        returning id
        """;

    /// <summary>
    /// Queues message <paramref name="id"/> again, by SMS, linked to it; the new row's id, or null
    /// when it is itself a resend or has been resent already.
    /// </summary>
    public static Task<long?> QueueSmsResendAsync(DbConnection connection, DbTransaction transaction, long id, DateTimeOffset now) =>
        connection.ExecuteScalarAsync<long?>(ResendSql, new { Id = id, Now = now }, transaction);
}
