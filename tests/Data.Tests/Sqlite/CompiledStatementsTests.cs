using Dapper;
using Pkkpm.Data.Sqlite;
using Pkkpm.Data.Stores;
using Pkkpm.Data.Tests.Infrastructure;
using SQLitePCL;

namespace Pkkpm.Data.Tests.Sqlite;

/// <summary>
/// SQLite's connections keep what they compiled: the same SQL run again, with other values, is not
/// parsed again, and still answers for the values it is given. SQLite asks its authorizer about
/// every table and column a statement touches when, and only when, it compiles the statement: the
/// tests count those questions.
/// </summary>
public class CompiledStatementsTests
{
    private const string MemberByPhone = "select name from people where phone = @Phone";

    [Fact]
    public async Task A_read_run_again_with_other_values_is_not_compiled_again_and_answers_for_its_values()
    {
        await using var db = await TestDatabase.CreateAsync();
        var phones = await db.QueryAsync<string>("select phone from people order by id");
        var compiles = new Compiles();

        var names = new List<string>();
        var afterFirst = 0;
        foreach (var phone in phones)
        {
            names.Add(await db.Database.ReadAsync(async connection =>
            {
                compiles.Watch(connection);
                return await connection.QuerySingleAsync<string>(MemberByPhone, new { Phone = phone });
            }));
            if (afterFirst == 0) afterFirst = compiles.Count;
        }
        await db.Database.ReadAsync(connection => connection.QuerySingleOrDefaultAsync<string>(MemberByPhone, new { Phone = phones[0] }));
        var afterAll = compiles.Count;

        Assert.True(phones.Count >= 3, "the fixture has people to look up");
        Assert.Equal(await db.QueryAsync<string>("select name from people order by id"), names);
        Assert.True(afterFirst > 0, "the first run compiles the statement");
        Assert.Equal(afterFirst, afterAll);
    }

    [Fact]
    public async Task The_writer_compiles_a_statement_once_for_all_its_units()
    {
        await using var db = await TestDatabase.CreateAsync();
        var phones = await db.QueryAsync<string>("select phone from people order by id");
        var compiles = new Compiles();

        var found = 0L;
        var afterFirst = 0;
        foreach (var phone in phones)
        {
            found += await db.Database.WriteAsync((connection, transaction) =>
            {
                compiles.Watch(connection);
                return connection.ExecuteScalarAsync<long>("select count(*) from people where phone = @Phone", new { Phone = phone }, transaction);
            });
            if (afterFirst == 0) afterFirst = compiles.Count;
        }

        Assert.Equal(phones.Count, found);
        Assert.True(afterFirst > 0, "the first unit compiles the statement");
        Assert.Equal(afterFirst, compiles.Count);
    }

    [Fact]
    public async Task A_list_of_any_length_reaches_the_query_whole()
    {
        // Dapper spells "in @Ids" out per list length, rewriting the SQL after it began adding values.
        await using var db = await TestDatabase.CreateAsync();
        var ids = await db.QueryAsync<long>("select id from people order by id");

        for (var length = 1; length <= 3; length++)
        {
            var some = ids.Take(length).ToArray();
            var count = await db.Database.ReadAsync(connection =>
                connection.ExecuteScalarAsync<long>("select count(*) from people where id in @Ids and id > @Above", new { Above = 0, Ids = some }));
            Assert.Equal(length, count);
        }
    }

    [Fact]
    public async Task A_read_that_fails_inside_its_snapshot_leaves_the_next_read_a_clean_connection()
    {
        await using var db = await TestDatabase.CreateAsync();

        await Assert.ThrowsAsync<InvalidOperationException>(() => db.Database.ReadAsync<int>(async connection =>
        {
            // Begun and never disposed: a caller's bug must not become the next caller's.
            await ReadSnapshot.BeginAsync(connection, CancellationToken.None);
            throw new InvalidOperationException("the turn failed");
        }));
        for (var i = 0; i < 8; i++)
        {
            var people = await db.Database.ReadAsync(async connection =>
            {
                await using var snapshot = await ReadSnapshot.BeginAsync(connection, CancellationToken.None);
                return await connection.ExecuteScalarAsync<long>("select count(*) from people", transaction: snapshot);
            });
            Assert.True(people > 0);
        }
    }

    /// <summary>Counts SQLite's authorizer questions on every connection it is shown.</summary>
    private sealed class Compiles
    {
        private readonly HashSet<object> _watched = [];
        private int _count;

        public int Count => _count;

        public void Watch(System.Data.Common.DbConnection connection)
        {
            var sqlite = ((StatementCachingConnection)connection).Inner;
            if (!_watched.Add(sqlite)) return;
            raw.sqlite3_set_authorizer(sqlite.Handle, (strdelegate_authorizer)((_, action, _, _, _, _) =>
            {
                // BEGIN, COMMIT and savepoints are the transaction's own, run as plain SQL each time.
                if (action is raw.SQLITE_TRANSACTION or raw.SQLITE_SAVEPOINT) return raw.SQLITE_OK;
                Interlocked.Increment(ref _count);
                return raw.SQLITE_OK;
            }), null);
        }
    }
}
