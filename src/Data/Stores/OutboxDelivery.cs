using System.Data.Common;
using Dapper;

namespace Pkkpm.Data.Stores;

/// <summary>
/// The outbox's way out. A sender claims due rows for a lease (claimed_until) in one short write,
/// sends them with no transaction open, then records each outcome in another. A sender that dies
/// leaves its claims to expire, and the rows are claimed again: never lost, sent twice only if the
/// crash fell between Twilio accepting a message and its outcome being recorded.
/// </summary>
public static partial class OutboxDelivery
{
    /// <summary>A claimed row with what sending it needs to know, read in the claim's transaction.</summary>
    public sealed class Claimed
    {
        public long Id { get; init; }
        public string ToPhone { get; init; } = "";
        public string Channel { get; init; } = "";
        public string Body { get; init; } = "";
        public string Kind { get; init; } = "";
        /// <summary>This attempt's number: 1 the first time.</summary>
        public int Attempt { get; init; }
        public bool OptedOut { get; init; }
        /// <summary>The phone's latest inbound WhatsApp message (the 24-hour window), or null.</summary>
        public DateTimeOffset? LastWhatsAppAt { get; init; }
    }

    private const string Due = """
        o.status = 'queued'
        and (o.next_attempt_at is null or o.next_attempt_at <= @Now)
        and (o.claimed_until is null or o.claimed_until < @Now)
        """;

    // Receipts (priority 0) before bulk (1), then first come first served.
    private const string ClaimSql = $"""
        select o.id as Id, o.to_phone as ToPhone, o.channel as Channel, o.body as Body, o.kind as Kind,
               o.attempts + 1 as Attempt, p.opted_out_at is not null as OptedOut,
               case when o.channel = 'whatsapp' then
                   (select max(i.received_at) from inbound_messages i
                     where i.from_phone = o.to_phone and i.channel = 'whatsapp') end as LastWhatsAppAt
          from outbox o left join people p on p.phone = o.to_phone
         where {Due}
         order by o.priority, o.id
         limit @Limit
        """;

    public static Task<bool> AnyDueAsync(DbConnection connection, DateTimeOffset now) =>
        connection.ExecuteScalarAsync<bool>($"select exists (select 1 from outbox o where {Due})", new { Now = now });

    /// <summary>Claims up to <paramref name="limit"/> due rows until <paramref name="until"/>; counts the attempt.</summary>
    public static async Task<IReadOnlyList<Claimed>> ClaimAsync(DbConnection connection, DbTransaction transaction, int limit, DateTimeOffset now, DateTimeOffset until)
    {
        // SQLite's single writer already runs one claim at a time.
        if (Dialect.IsPostgres(connection)) return await ClaimSkipLockedAsync(connection, transaction, limit, now, until);
        var rows = (await connection.QueryAsync<Claimed>(ClaimSql, new { Now = now, Limit = limit }, transaction)).ToList();
        if (rows.Count > 0)
            await connection.ExecuteAsync($"update outbox set claimed_until = @Until, attempts = attempts + 1 where id in @Ids",
                new { Until = until, Ids = rows.Select(r => r.Id).ToArray() }, transaction);
        return rows;
    }

    /// <summary>Twilio took it (<paramref name="twilioSid"/> null when only logged). False if already recorded.</summary>
    public static async Task<bool> MarkSentAsync(DbConnection connection, DbTransaction transaction, long id, string? twilioSid, string sentChannel, DateTimeOffset now) =>
        await connection.ExecuteAsync("""
            update outbox set status = 'sent', twilio_sid = @TwilioSid, sent_channel = @SentChannel, sent_at = @Now,
                              claimed_until = null, next_attempt_at = null, error_code = null, error = null
             where id = @Id and status = 'queued'
            """, new { Id = id, TwilioSid = twilioSid, SentChannel = sentChannel, Now = now }, transaction) == 1;

    public static Task RetryLaterAsync(DbConnection connection, DbTransaction transaction, long id, DateTimeOffset at, int? errorCode, string error) =>
        connection.ExecuteAsync("""
            update outbox set next_attempt_at = @At, claimed_until = null, error_code = @ErrorCode, error = @Error
             where id = @Id and status = 'queued'
            """, new { Id = id, At = at, ErrorCode = errorCode, Error = error }, transaction);

    /// <summary>
    /// Not sent, through no fault of its own (Twilio refused our account and sending paused): back in
    /// the queue at once, for whichever sender can send, and the attempt not counted.
    /// </summary>
    public static Task ReleaseAsync(DbConnection connection, DbTransaction transaction, long id, int? errorCode, string error) =>
        connection.ExecuteAsync("""
            update outbox set claimed_until = null, attempts = attempts - 1, error_code = @ErrorCode, error = @Error
             where id = @Id and status = 'queued' and attempts > 0
            """, new { Id = id, ErrorCode = errorCode, Error = error }, transaction);

    public static Task FailAsync(DbConnection connection, DbTransaction transaction, long id, int? errorCode, string error) =>
        Finish(connection, transaction, id, "failed", errorCode, error);

    /// <summary>Not sent on purpose (a bulk message to someone who opted out).</summary>
    public static Task SkipAsync(DbConnection connection, DbTransaction transaction, long id, string reason) =>
        Finish(connection, transaction, id, "skipped", null, reason);

    /// <summary>The person asked for no more bulk messages (BERHENTI, or Twilio's 21610 after STOP).</summary>
    public static Task OptOutAsync(DbConnection connection, DbTransaction transaction, string phone, DateTimeOffset now) =>
        connection.ExecuteAsync("update people set opted_out_at = @Now where phone = @Phone and opted_out_at is null",
            new { Phone = phone, Now = now }, transaction);

    private static Task Finish(DbConnection connection, DbTransaction transaction, long id, string status, int? errorCode, string error) =>
        connection.ExecuteAsync("""
            update outbox set status = @Status, claimed_until = null, next_attempt_at = null, error_code = @ErrorCode, error = @Error
             where id = @Id and status = 'queued'
            """, new { Id = id, Status = status, ErrorCode = errorCode, Error = error }, transaction);
}
