using System.Data.Common;
using Dapper;
using Pkkpm.Conversations.Turns;

namespace Pkkpm.Data.Stores;

/// <summary>Each conversation's pending step, by phone and channel.</summary>
public static class ConversationStates
{
    public static async Task<ConversationState> LoadAsync(DbConnection connection, DbTransaction transaction, string phone, Channel channel)
    {
        var row = await connection.QuerySingleOrDefaultAsync<(string Step, string? Data, string? ExpiresAt)>(
            "select step, data, expires_at from conversations where phone = @Phone and channel = @Channel",
            new { Phone = phone, Channel = Code(channel) }, transaction);
        return row.Step is null
            ? ConversationState.Idle
            : new ConversationState(row.Step, row.Data, row.ExpiresAt is null ? null : Clock.ParseStamp(row.ExpiresAt));
    }

    public static Task SaveAsync(DbConnection connection, DbTransaction transaction, string phone, Channel channel, ConversationState state, DateTimeOffset now) =>
        connection.ExecuteAsync("""
            insert into conversations (phone, channel, step, data, expires_at, updated_at, version)
            values (@Phone, @Channel, @Step, @Data, @ExpiresAt, @Now, 1)
            on conflict (phone, channel) do update
               set step = excluded.step, data = excluded.data, expires_at = excluded.expires_at,
                   updated_at = excluded.updated_at, version = conversations.version + 1
            """,
            new
            {
                Phone = phone,
                Channel = Code(channel),
                state.Step,
                state.Data,
                ExpiresAt = state.ExpiresAt is { } at ? Clock.Stamp(at) : null,
                Now = Clock.Stamp(now),
            },
            transaction);

    private static string Code(Channel channel) => channel.ToString().ToLowerInvariant();
}
