using Dapper;
using Microsoft.Data.Sqlite;
using Pkkpm.Conversations.Ledger;
using Pkkpm.Conversations.Turns;
using Pkkpm.Data.Migrations;
using Pkkpm.Data.Sqlite;
using Pkkpm.Data.Stores;

namespace Pkkpm.Data.Tests.Infrastructure;

/// <summary>
/// A migrated SQLite file of its own in a temp folder, holding the <see cref="Fixture"/>. Every test
/// starts its own: <c>await using var db = await TestDatabase.CreateAsync();</c>
/// </summary>
internal sealed class TestDatabase : IAsyncDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("pkkpm-datatest-").FullName;

    private TestDatabase() => Database = new SqliteDatabase($"Data Source={Path}");

    public SqliteDatabase Database { get; }

    public string Path => System.IO.Path.Combine(_folder, "test.db");

    public static async Task<TestDatabase> CreateAsync(bool withFixture = true)
    {
        var db = new TestDatabase();
        await Migrator.ApplyAsync(db.Database);
        if (withFixture) await db.Database.WriteAsync((c, t) => c.ExecuteAsync(Fixture.Sql, transaction: t));
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
        await Database.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
