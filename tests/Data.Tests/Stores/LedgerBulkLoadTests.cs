using Pkkpm.Data.Seeds;
using Pkkpm.Data.Tests.Infrastructure;

namespace Pkkpm.Data.Tests.Stores;

/// <summary>
/// A large ledger.csv into an empty database takes a faster road (on SQLite the ledger's indexes
/// and code trigger step aside and are made again after, on PostgreSQL its foreign keys too, rows go in many to an insert;
/// a first loans.csv likewise); the database must end as the ordinary road leaves it, and a failed import must leave nothing.
/// </summary>
public class LedgerBulkLoadTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 27, 10, 0, 0, 500, TimeSpan.FromHours(7));

    // More rows than one insert takes, and not a whole number of inserts: the last, shorter one too.
    private const int Rows = 257;

    [SkippableTheory, Providers]
    public async Task An_import_leaves_the_schema_the_migrations_made_and_gives_each_entry_the_code_the_trigger_gives(string provider)
    {
        using var seeds = Seeds(Ledger(Rows));
        await using var db = await TestDatabase.CreateAsync(provider, withFixture: false, empty: true);
        var migrated = await SchemaAsync(db);

        var summary = await SeedLoader.LoadIfEmptyAsync(db.Database, seeds.Path, Now);

        Assert.Equal(Rows, summary!.LedgerEntries);
        Assert.Equal(migrated, await SchemaAsync(db));
        // The trigger gives codes in the order of the entries, from the first free one: here entry n gets code n.
        Assert.Equal(Rows, await db.ScalarAsync<long>("select count(*) from codes c join ledger_entries e on e.id = c.ref_id and c.kind = 'entry' where c.id = e.id"));
        Assert.Equal(Rows, await db.ScalarAsync<long>("select count(*) from codes"));
        // Stored in the very forms the ordinary road binds: equal as the database compares them.
        Assert.Equal(Rows, await db.ScalarAsync<long>("select count(*) from ledger_entries where recorded_at = @Now and occurred_on >= @First",
            new { Now, First = new DateOnly(2026, 1, 5) }));
        // Text as written, whatever its length (a note longer than the COPY's blocks) or its characters.
        Assert.Equal(LongNote, await db.ScalarAsync<string>("select note from ledger_entries where amount = 1003"));
        Assert.Equal("minggu ke-6 \u2013 lunas \u2713", await db.ScalarAsync<string>("select note from ledger_entries where amount = 1006"));
        Assert.Equal(1, await db.ScalarAsync<long>("select count(*) from loans where principal = 500000 and disbursed_on = @Day", new { Day = new DateOnly(2026, 1, 5) }));
        if (provider == DatabaseOptions.Sqlite) Assert.Equal("ok", await db.ScalarAsync<string>("pragma integrity_check"));

        // The trigger is back: the next entry, written the ordinary way, gets its code.
        await db.ExecuteAsync("""
            insert into ledger_entries (group_id, person_id, kind, amount, occurred_on, source, recorded_at)
            select group_id, person_id, 'setoran', 1000, occurred_on, 'sms', recorded_at from ledger_entries where id = 1
            """);
        Assert.Equal(Rows + 1, await db.ScalarAsync<long>("select count(*) from codes where kind = 'entry'"));
    }

    [SkippableTheory, Providers]
    public async Task An_import_that_fails_part_way_leaves_an_empty_ledger_with_its_indexes_and_trigger(string provider)
    {
        using var seeds = Seeds([.. Ledger(Rows), "2026-06-01,081211110001,sedekah,5000,"]);
        await using var db = await TestDatabase.CreateAsync(provider, withFixture: false, empty: true);
        var migrated = await SchemaAsync(db);

        var error = await Assert.ThrowsAsync<SeedException>(() => SeedLoader.LoadIfEmptyAsync(db.Database, seeds.Path, Now));

        Assert.Equal(Rows + 2, error.Line);
        Assert.Equal(0L, await db.ScalarAsync<long>("select (select count(*) from ledger_entries) + (select count(*) from codes) + (select count(*) from people) + (select count(*) from loans)"));
        Assert.Equal(migrated, await SchemaAsync(db));
    }

    // Longer than the 64 KB blocks PostgreSQL's COPY is sent in.
    private static readonly string LongNote = string.Join(" ", Enumerable.Repeat("catatan panjang", 5000));

    private static string[] Ledger(int rows) =>
    [
        "date,phone,type,amount,note",
        .. Enumerable.Range(0, rows).Select(i => $"{new DateOnly(2026, 1, 5).AddDays(7 * (i / 2)):yyyy-MM-dd},08121111000{1 + i % 2},setoran,{1000 + i},{Note(i)}"),
    ];

    private static string Note(int line) => line switch
    {
        3 => LongNote,
        6 => "minggu ke-6 \u2013 lunas \u2713",
        _ when line % 3 == 0 => "minggu ke-" + line,
        _ => "",
    };

    private static TemporaryFolder Seeds(string[] ledger)
    {
        var seeds = new TemporaryFolder();
        File.WriteAllLines(Path.Combine(seeds.Path, "groups.csv"), ["code,name,village,meeting_day,meeting_time,meeting_place", "MAWAR,KPB Mawar,Sumberejo,Senin,15:00,Rumah Bu Sri"]);
        File.WriteAllLines(Path.Combine(seeds.Path, "people.csv"), ["phone,name,role,group_codes,salutation", "081211110001,Sri Wahyuni,anggota,MAWAR,Ibu", "081211110002,Painem,anggota,MAWAR,Ibu"]);
        // A programme's first loans take a road of their own on PostgreSQL (their checks after the last loan).
        File.WriteAllLines(Path.Combine(seeds.Path, "loans.csv"),
            ["phone,principal,disbursed_on,instalments,instalment_amount,frequency", "081211110002,500000,2026-01-05,10,55000,mingguan"]);
        File.WriteAllLines(Path.Combine(seeds.Path, "ledger.csv"), ledger);
        return seeds;
    }

    /// <summary>Every index and trigger of the database with its definition; on SQLite every table too, on PostgreSQL every constraint (the ledger's foreign keys step aside there).</summary>
    private static async Task<IReadOnlyList<string>> SchemaAsync(TestDatabase db) => db.Provider == DatabaseOptions.Sqlite
        ? await db.QueryAsync<string>("select type || ' ' || name || ': ' || coalesce(sql, '') from sqlite_schema order by 1")
        : await db.QueryAsync<string>("""
            select 'index ' || indexname || ': ' || indexdef from pg_indexes where schemaname = current_schema()
            union all
            select 'trigger ' || tgname || ': ' || pg_get_triggerdef(oid) from pg_trigger where not tgisinternal
            union all
            select 'constraint ' || conrelid::regclass || ' ' || conname || ': ' || pg_get_constraintdef(oid) from pg_constraint
             where connamespace = current_schema()::regnamespace
            order by 1
            """);

    private sealed class TemporaryFolder : IDisposable
    {
        public string Path { get; } = Directory.CreateTempSubdirectory("pkkpm-bulk-load-").FullName;

        public void Dispose() => Directory.Delete(Path, recursive: true);
    }
}
