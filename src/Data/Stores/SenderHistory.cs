using System.Data.Common;
using System.Text.Json;
using Dapper;

namespace Pkkpm.Data.Stores;

/// <summary>
/// What one phone has sent before the message in hand, on either channel: how many messages since
/// a moment, whether it was held back lately, and what we answered to the same words. The flood
/// guard reads it; the message in hand is already recorded and is never counted.
/// </summary>
public static class SenderHistory
{
    /// <summary>The phone's messages since the start of <paramref name="today"/> and within the minute
    /// since <paramref name="minuteAgo"/>, in one look at the (from_phone, received_at) index.</summary>
    public static async Task<(long Today, long LastMinute)> CountAsync(
        DbConnection connection, DbTransaction transaction, string phone, string sid, DateTimeOffset today, DateTimeOffset minuteAgo)
    {
        var counts = await connection.QuerySingleAsync<(long, long)>("""
            select coalesce(sum(case when received_at >= @Today then 1 else 0 end), 0),
                   coalesce(sum(case when received_at >= @MinuteAgo then 1 else 0 end), 0)
              from inbound_messages
             where from_phone = @Phone and received_at >= @From and sid <> @Sid
            """, new { Phone = phone, Sid = sid, Today = today, MinuteAgo = minuteAgo, From = today < minuteAgo ? today : minuteAgo }, transaction);
        return counts;
    }

    /// <summary>Messages since <paramref name="since"/> that the conversation answered (none held back),
    /// counted up to <paramref name="atMost"/>: enough to compare with a limit, and a phone that wrote
    /// thousands of times today costs no more than one that wrote <paramref name="atMost"/> times.</summary>
    public static Task<int> CountAnsweredSinceAsync(DbConnection connection, DbTransaction transaction, string phone, string sid, DateTimeOffset since, int atMost) =>
        connection.ExecuteScalarAsync<int>("""
            select count(*) from (select 1 from inbound_messages
                                   where from_phone = @Phone and received_at >= @Since and sid <> @Sid and held_back is null
                                   limit @AtMost) answered
            """, new { Phone = phone, Since = since, Sid = sid, AtMost = atMost }, transaction);

    /// <summary>Whether a message of the phone since <paramref name="since"/> was held back for <paramref name="reason"/>.</summary>
    public static Task<bool> HeldBackSinceAsync(DbConnection connection, DbTransaction transaction, string phone, string sid, string reason, DateTimeOffset since) =>
        connection.ExecuteScalarAsync<bool>("""
            select exists (select 1 from inbound_messages
                            where from_phone = @Phone and received_at >= @Since and sid <> @Sid and held_back = @Reason)
            """, new { Phone = phone, Since = since, Sid = sid, Reason = reason }, transaction);

    /// <summary>Our answers to each earlier message with exactly this body since <paramref name="since"/>
    /// that the conversation answered, oldest first.</summary>
    public static async Task<IReadOnlyList<string>> RepliesToSameBodyAsync(
        DbConnection connection, DbTransaction transaction, string phone, string sid, string body, DateTimeOffset since) =>
        (await connection.QueryAsync<string>("""
            select replies from inbound_messages
             where from_phone = @Phone and received_at >= @Since and sid <> @Sid and body = @Body and held_back is null
             order by received_at
            """, new { Phone = phone, Since = since, Sid = sid, Body = body }, transaction)).ToList();

    public static Task HoldBackAsync(DbConnection connection, DbTransaction transaction, string sid, string reason, IReadOnlyList<string> replies) =>
        connection.ExecuteAsync("update inbound_messages set held_back = @Reason, replies = @Replies where sid = @Sid",
            new { Sid = sid, Reason = reason, Replies = JsonSerializer.Serialize(replies) }, transaction);
}
