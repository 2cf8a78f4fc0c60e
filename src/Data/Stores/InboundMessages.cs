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

    /// <summary>
    /// Records the message; false when its MessageSid is already there, and then nothing changes.
    /// The database decides, not a read before the insert: on PostgreSQL an insert of a MessageSid
    /// that another instance's open turn has just inserted waits for that turn to commit and then
    /// inserts nothing, so the caller can read that turn's replies at once. <paramref name="replies"/>:
    /// the answer already decided, if any (one statement instead of two; a turn that decides again
    /// later saves its replies over them).
    /// </summary>
    public static async Task<bool> RecordAsync(DbConnection connection, DbTransaction transaction, InboundMessage message, IReadOnlyList<string>? replies = null) =>
        await connection.ExecuteAsync("""
            insert into inbound_messages (sid, channel, from_phone, body, received_at, replies)
            values (@Sid, @Channel, @From, @Body, @ReceivedAt, @Replies)
            on conflict (sid) do nothing
            """,
            new
            {
                Sid = message.MessageSid,
                Channel = message.Channel.ToString().ToLowerInvariant(),
                From = message.FromPhone,
                message.Body,
                message.ReceivedAt,
                Replies = JsonSerializer.Serialize(replies ?? []),
            },
            transaction) == 1;

    public static Task SaveRepliesAsync(DbConnection connection, DbTransaction transaction, string sid, IReadOnlyList<string> replies) =>
        connection.ExecuteAsync("update inbound_messages set replies = @Replies where sid = @Sid",
            new { Sid = sid, Replies = JsonSerializer.Serialize(replies) }, transaction);
}
