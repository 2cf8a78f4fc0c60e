using Dapper;
using Pkkpm.Conversations.Ledger;
using Pkkpm.Conversations.Turns;
using Pkkpm.Data.Migrations;
using Pkkpm.Data.Postgres;
using Pkkpm.Data.Stores;
using Pkkpm.Testing;

namespace Pkkpm.Data.Tests.Infrastructure;

/// <summary>
/// A migrated database of its own on <paramref name="provider"/> (a SQLite file, or a PostgreSQL
/// database on the run's server), holding the <see cref="Fixture"/>. Every test starts its own:
/// <c>await using var db = await TestDatabase.CreateAsync(provider);</c>
/// </summary>
internal sealed class TestDatabase : IAsyncDisposable
{
    private readonly ScratchDatabase _scratch;

    private TestDatabase(ScratchDatabase scratch)
    {
        _scratch = scratch;
        Database = scratch.Open();
    }

    public IDatabase Database { get; }

    public string Provider => Database.Provider;

    public string ConnectionString => _scratch.ConnectionString;

    /// <summary>Another instance of the service on the same database (the caller disposes it).</summary>
    public IDatabase OpenAnother() => _scratch.Open();

    public static async Task<TestDatabase> CreateAsync(string provider = DatabaseOptions.Sqlite, bool withFixture = true, bool empty = false)
    {
        var db = new TestDatabase(await ScratchDatabase.CreateAsync(provider, empty));
        await Migrator.ApplyAsync(db.Database);
        if (withFixture)
            await db.Database.WriteAsync(async (c, t) =>
            {
                await c.ExecuteAsync(Fixture.Sql, Fixture.Parameters, t);
                // The fixture chose its ids; PostgreSQL's sequences must move past them.
                if (db.Database is PostgresDatabase) await c.ExecuteAsync(Fixture.AfterIdsOnPostgres, transaction: t);
                return 0;
            });
        return db;
    }

    /// <summary>One turn as the service runs it: the inbound message is recorded first, then the work, in one transaction.</summary>
    public Task<T> TurnAsync<T>(InboundMessage message, Func<ConversationData, Task<T>> work) =>
        Database.WriteAsync(async (connection, transaction) =>
        {
            await InboundMessages.RecordAsync(connection, transaction, message);
            return await work(new ConversationData(connection, transaction, message));
        });

    public Task TurnAsync(InboundMessage message, Func<ConversationData, Task> work) =>
        TurnAsync(message, async data => { await work(data); return true; });

    /// <summary>Reads outside any turn (as a report or a test would).</summary>
    public Task<T> ReadAsync<T>(Func<ConversationData, Task<T>> read) =>
        TurnAsync(Fixture.Message(Fixture.EndangPhone), read);

    public Task<RecordedEntry> RecordAsync(NewEntry entry, string from = Fixture.EndangPhone, DateTimeOffset? at = null) =>
        TurnAsync(Fixture.Message(from, at), data => data.RecordEntryAsync(entry, CancellationToken.None));

    public Task<T> ScalarAsync<T>(string sql, object? parameters = null) =>
        Database.ReadAsync(async connection => (await connection.ExecuteScalarAsync<T>(sql, parameters))!);

    public Task<T> QuerySingleAsync<T>(string sql, object? parameters = null) =>
        Database.ReadAsync(connection => connection.QuerySingleAsync<T>(sql, parameters));

    public Task<IReadOnlyList<T>> QueryAsync<T>(string sql, object? parameters = null) =>
        Database.ReadAsync(async connection => (IReadOnlyList<T>)(await connection.QueryAsync<T>(sql, parameters)).ToList());

    public Task<int> ExecuteAsync(string sql, object? parameters = null) =>
        Database.WriteAsync((connection, transaction) => connection.ExecuteAsync(sql, parameters, transaction));

    public async ValueTask DisposeAsync()
    {
        if (Database is IAsyncDisposable disposable) await disposable.DisposeAsync();
        await _scratch.DisposeAsync();
    }
}
