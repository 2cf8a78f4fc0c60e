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

    private const string LoadSql = "select step, data, expires_at from conversations where phone = @Phone";

    /// <summary>The person's state, held (on PostgreSQL, locked) for the rest of the turn's transaction.</summary>
    public static async Task<ConversationState> LoadAsync(DbConnection connection, DbTransaction transaction, string phone)
    {
        var key = new { Phone = phone, Idle = ConversationState.IdleStep };
        var locking = Dialect.IsPostgres(connection);
        if (locking) await connection.ExecuteAsync(EnsureRowSql, key, transaction);
        var row = await connection.QuerySingleOrDefaultAsync<(string Step, string? Data, DateTimeOffset? ExpiresAt)>(
            locking ? LoadSql + " for update" : LoadSql, key, transaction);
        return row.Step is null
            ? ConversationState.Idle
            : new ConversationState(row.Step, row.Data, row.ExpiresAt);
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
}
