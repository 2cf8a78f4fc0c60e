using System.Data.Common;
using Dapper;
using Pkkpm.Conversations.Turns;

namespace Pkkpm.Data.Stores;

/// <summary>
/// Each person's pending step, by phone: one conversation whatever the channel, so a summary sent
/// on SMS can be confirmed on WhatsApp (the reply still goes back on the channel the message came
/// on). A turn loads it and saves the next one in its own transaction; two messages of one person
/// must not both start from the same state (the second would undo the first's step, e.g. answer
/// YA to a summary already recorded), even when they come on two channels at once.
/// </summary>
public static class ConversationStates
{
    // PostgreSQL: the row is locked until the turn commits, so a second message of the same person
    // on another instance waits and then starts from the first one's outcome. A first message has
    // no row to lock yet; an idle row is made for it (two first messages: one insert, one no-op).
    // SQLite needs neither: its single writer runs one turn at a time.
    private const string EnsureRowSql = """
        insert into conversations (phone, step, updated_at) values (@Phone, @Idle, now())
        on conflict (phone) do nothing
        """;

    private const string LoadSql = "select step, data, expires_at, version from conversations where phone = @Phone";

    /// <summary>
    /// The person's state and its version (0 before the first save), held (on PostgreSQL, locked)
    /// for the rest of the turn's transaction.
    /// </summary>
    public static async Task<(ConversationState State, long Version)> LoadAsync(DbConnection connection, DbTransaction transaction, string phone)
    {
        var key = new { Phone = phone, Idle = ConversationState.IdleStep };
        var locking = Dialect.IsPostgres(connection);
        if (locking) await connection.ExecuteAsync(EnsureRowSql, key, transaction);
        return await ReadAsync(connection, transaction, locking ? LoadSql + " for update" : LoadSql, key);
    }

    /// <summary>The person's state and version as the transaction sees it, locking nothing: for a
    /// turn decided outside the writer, which commits only if the version is still the same.</summary>
    public static Task<(ConversationState State, long Version)> PeekAsync(DbConnection connection, DbTransaction transaction, string phone) =>
        ReadAsync(connection, transaction, LoadSql, new { Phone = phone });

    private static async Task<(ConversationState, long)> ReadAsync(DbConnection connection, DbTransaction transaction, string sql, object key)
    {
        var row = await connection.QuerySingleOrDefaultAsync<(string Step, string? Data, DateTimeOffset? ExpiresAt, long Version)>(sql, key, transaction);
        return row.Step is null
            ? (ConversationState.Idle, 0)
            : (new ConversationState(row.Step, row.Data, row.ExpiresAt), row.Version);
    }

    public static Task SaveAsync(DbConnection connection, DbTransaction transaction, string phone, ConversationState state, DateTimeOffset now) =>
        connection.ExecuteAsync("""
            insert into conversations (phone, step, data, expires_at, updated_at, version)
            values (@Phone, @Step, @Data, @ExpiresAt, @Now, 1)
            on conflict (phone) do update
               set step = excluded.step, data = excluded.data, expires_at = excluded.expires_at,
                   updated_at = excluded.updated_at, version = conversations.version + 1
            """,
            new
            {
                Phone = phone,
                state.Step,
                state.Data,
                state.ExpiresAt,
                Now = now,
            },
            transaction);

    /// <summary>
    /// Saves the next state only if the stored one is still at <paramref name="version"/> (0: no row
    /// yet); false when another turn of the person committed in between, and then nothing changes.
    /// On PostgreSQL the update waits for such a turn's lock and then finds the version moved.
    /// </summary>
    public static async Task<bool> TrySaveAsync(DbConnection connection, DbTransaction transaction, string phone, ConversationState state, DateTimeOffset now, long version)
    {
        var values = new { Phone = phone, state.Step, state.Data, state.ExpiresAt, Now = now, Version = version };
        var saved = await connection.ExecuteAsync(version == 0
            ? """
              insert into conversations (phone, step, data, expires_at, updated_at, version)
              values (@Phone, @Step, @Data, @ExpiresAt, @Now, 1)
              on conflict (phone) do nothing
              """
            : """
              update conversations
                 set step = @Step, data = @Data, expires_at = @ExpiresAt, updated_at = @Now, version = version + 1
               where phone = @Phone and version = @Version
              """,
            values, transaction);
        return saved == 1;
    }
}
