using System.Data.Common;
using System.Text.Json;
using Dapper;
using Pkkpm.Conversations.Turns;

namespace Pkkpm.Data.Stores;

/// <summary>
/// Every handled MessageSid with the replies it got. Twilio may deliver a webhook twice: the second
/// delivery finds the first here and gets the same answer, and nothing else happens.
/// </summary>
public static class InboundMessages
{
    public static async Task<IReadOnlyList<string>?> FindRepliesAsync(DbConnection connection, DbTransaction transaction, string sid)
    {
        var json = await connection.ExecuteScalarAsync<string?>(
            "select replies from inbound_messages where sid = @Sid", new { Sid = sid }, transaction);
        return json is null ? null : JsonSerializer.Deserialize<string[]>(json);
    }

    public static Task RecordAsync(DbConnection connection, DbTransaction transaction, InboundMessage message) =>
        connection.ExecuteAsync("""
            insert into inbound_messages (sid, channel, from_phone, body, received_at, replies)
            values (@Sid, @Channel, @From, @Body, @ReceivedAt, '[]')
            """,
            new
            {
                Sid = message.MessageSid,
                Channel = message.Channel.ToString().ToLowerInvariant(),
                From = message.FromPhone,
                message.Body,
                ReceivedAt = Clock.Stamp(message.ReceivedAt),
            },
            transaction);

    public static Task SaveRepliesAsync(DbConnection connection, DbTransaction transaction, string sid, IReadOnlyList<string> replies) =>
        connection.ExecuteAsync("update inbound_messages set replies = @Replies where sid = @Sid",
            new { Sid = sid, Replies = JsonSerializer.Serialize(replies) }, transaction);
}
