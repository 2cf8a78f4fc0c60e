using System.Data.Common;
using Dapper;
using Pkkpm.Conversations.Turns;

namespace Pkkpm.Data.Stores;

/// <summary>Outbound messages, queued in the transaction that caused them; a background sender delivers them.</summary>
public static class Outbox
{
    /// <summary>
    /// SQL for the channel to write to <paramref name="phone"/> (a column or a parameter): where they
    /// last wrote to us; someone who never wrote gets SMS, which every phone has.
    /// </summary>
    internal static string ChannelOf(string phone) =>
        $"coalesce((select i.channel from inbound_messages i where i.from_phone = {phone} order by i.received_at desc limit 1), 'sms')";

    private static readonly string QueueSql = $"""
        insert into outbox (to_phone, channel, body, kind, priority, broadcast_id, source_message_sid, status, created_at)
        values (@ToPhone, coalesce(@Channel, {ChannelOf("@ToPhone")}), @Body, @Kind, @Priority, @BroadcastId, @Source, @Status, @Now)
        """;

    /// <summary>Several messages in one call (the weekly tip to every subscriber).</summary>
    public static Task QueueAllAsync(DbConnection connection, DbTransaction transaction, IEnumerable<QueueOutbound> messages, DateTimeOffset now) =>
        connection.ExecuteAsync(QueueSql, messages.Select(m => Parameters(m, null, now)), transaction);

    /// <param name="simulated">
    /// Held, never sent: for what the console's simulator causes without a message of its own (a
    /// simulated missed call). What a simulated message causes is held by the outbox's trigger.
    /// </param>
    public static Task QueueAsync(DbConnection connection, DbTransaction transaction, QueueOutbound message, string? sourceMessageSid, DateTimeOffset now, bool simulated = false) =>
        connection.ExecuteAsync(QueueSql, Parameters(message, sourceMessageSid, now, simulated), transaction);

    /// <summary>Whether the message's replies went as late-reply messages (its answer to Twilio was then empty).</summary>
    public static Task<bool> RepliedLateAsync(DbConnection connection, DbTransaction transaction, string sourceMessageSid) =>
        connection.ExecuteScalarAsync<bool>(
            "select exists (select 1 from outbox where kind = 'late-reply' and source_message_sid = @Sid)", new { Sid = sourceMessageSid }, transaction);

    private static object Parameters(QueueOutbound message, string? sourceMessageSid, DateTimeOffset now, bool simulated = false) => new
    {
        message.ToPhone,
        Channel = message.Channel?.ToString().ToLowerInvariant(),
        message.Body,
        message.Kind,
        Priority = OutboundKinds.Priority(message.Kind),
        message.BroadcastId,
        Source = sourceMessageSid,
        Status = simulated ? "simulated" : "queued",
        Now = now,
    };
}
