using System.Data.Common;
using Dapper;
using Pkkpm.Conversations.Turns;

namespace Pkkpm.Data.Stores;

/// <summary>
/// Each conversation's pending step, by phone and channel. A turn loads it and saves the next one in
/// its own transaction; two messages of one person must not both start from the same state (the
/// second would undo the first's step, e.g. answer YA to a summary already recorded).
/// </summary>
public static class ConversationStates
{
    // PostgreSQL: the row is locked until the turn commits, so a second message of the same person
    // on another instance waits and then starts from the first one's outcome. A first message has
    // no row to lock yet; an idle row is made for it (two first messages: one insert, one no-op).
    // SQLite needs neither: its single writer runs one turn at a time.
    private const string EnsureRowSql = """
        insert into conversations (phone, channel, step, updated_at) values (@Phone, @Channel, @Idle, now())
        on conflict (phone, channel) do nothing
        """;

    private const string LoadSql = "select step, data, expires_at from conversations where phone = @Phone and channel = @Channel";

    /// <summary>The conversation's state, held (on PostgreSQL, locked) for the rest of the turn's transaction.</summary>
    public static async Task<ConversationState> LoadAsync(DbConnection connection, DbTransaction transaction, string phone, Channel channel)
    {
        var key = new { Phone = phone, Channel = Code(channel), Idle = ConversationState.IdleStep };
        var locking = Dialect.IsPostgres(connection);
        if (locking) await connection.ExecuteAsync(EnsureRowSql, key, transaction);
        var row = await connection.QuerySingleOrDefaultAsync<(string Step, string? Data, DateTimeOffset? ExpiresAt)>(
            locking ? LoadSql + " for update" : LoadSql, key, transaction);
        return row.Step is null
            ? ConversationState.Idle
            : new ConversationState(row.Step, row.Data, row.ExpiresAt);
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
                state.ExpiresAt,
                Now = now,
            },
            transaction);

    private static string Code(Channel channel) => channel.ToString().ToLowerInvariant();
}
