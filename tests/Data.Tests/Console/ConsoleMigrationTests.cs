using Dapper;
using Pkkpm.Conversations.Ledger;
using Pkkpm.Data.Migrations;
using Pkkpm.Data.Postgres;
using Pkkpm.Data.Tests.Infrastructure;
using static Pkkpm.Data.Tests.Infrastructure.Fixture;

namespace Pkkpm.Data.Tests.Console;

/// <summary>
/// Migration 0012 lets people.role hold pemantau and admin. On SQLite it makes people again: every
/// person, and every row that refers to one (memberships, loans, the append-only ledger), must come
/// through as it was, with the references still enforced.
/// </summary>
public class ConsoleMigrationTests
{
    [SkippableTheory, Providers]
    public async Task People_and_everything_that_refers_to_them_come_through_and_the_new_roles_are_accepted(string provider)
    {
        await using var scratch = await ScratchDatabase.CreateAsync(provider, empty: true);
        await using var database = (IAsyncDisposable)scratch.Open();
        var db = (IDatabase)database;
        await Migrator.ApplyAsync(db, lastVersion: 10);
        await db.WriteAsync(async (c, t) =>
        {
            await c.ExecuteAsync(Fixture.Sql, Fixture.Parameters, t);
            if (db is PostgresDatabase) await c.ExecuteAsync(Fixture.AfterIdsOnPostgres, transaction: t);
            await c.ExecuteAsync("""
                insert into ledger_entries (group_id, person_id, kind, amount, occurred_on, source, recorded_at, recorded_by_person_id)
                values (1, 2, 'setoran', 50000, @Day, 'import', @At, 3)
                """, new { Day = new DateOnly(2026, 11, 27), At = Friday }, t);
            return 0;
        });
        var before = await PeopleAsync(db);

        var applied = await Migrator.ApplyAsync(db);

        Assert.Contains("0012_console", applied);
        Assert.Equal(before, await PeopleAsync(db));
        Assert.Equal(1L, await db.ReadAsync(c => c.ExecuteScalarAsync<long>("select count(*) from ledger_entries where person_id = 2 and recorded_by_person_id = 3")));
        await db.WriteAsync((c, t) => c.ExecuteAsync(
            "insert into people (phone, name, role, created_at) values ('+628123400003', 'Wulan', 'pemantau', @At), ('+628123400005', 'Dewi', 'admin', @At)",
            new { At = Friday }, t));
        await Assert.ThrowsAnyAsync<Exception>(() => db.WriteAsync((c, t) => c.ExecuteAsync(
            "insert into people (phone, name, role, created_at) values ('+628123400009', 'Bos', 'bos', @At)", new { At = Friday }, t)));
        // The references still hold: a membership of nobody is refused, and the ledger is still append-only.
        await Assert.ThrowsAnyAsync<Exception>(() => db.WriteAsync((c, t) => c.ExecuteAsync(
            "insert into memberships (person_id, group_id, list_number) values (999, 1, 9)", transaction: t)));
        await Assert.ThrowsAnyAsync<Exception>(() => db.WriteAsync((c, t) => c.ExecuteAsync("delete from ledger_entries", transaction: t)));
        if (provider == DatabaseOptions.Sqlite)
            Assert.Empty(await db.ReadAsync(async c => (await c.QueryAsync("pragma foreign_key_check")).ToList()));
    }

    private static Task<List<string>> PeopleAsync(IDatabase db) =>
        db.ReadAsync(async c => (await c.QueryAsync<(long, string, string, string)>("select id, phone, role, name from people order by id"))
            .Select(p => p.ToString()).ToList());
}
