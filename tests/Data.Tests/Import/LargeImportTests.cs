using Pkkpm.Data.Import;
using Pkkpm.Data.Tests.Infrastructure;

namespace Pkkpm.Data.Tests.Import;

/// <summary>
/// A large ledger goes in by the seeds' bulk road (binary COPY on PostgreSQL, prepared inserts of
/// many rows on SQLite, the indexes made again after when the ledger was empty), and a second
/// import of it recognises every line. No timing here: bench/run.sh --scale measures the speed.
/// </summary>
public class LargeImportTests
{
    private const int Lines = 50_000;

    [SkippableTheory, Providers]
    public async Task Fifty_thousand_ledger_lines_go_in_by_the_bulk_road_and_not_twice(string provider)
    {
        using var folder = new ImportFolder()
            .With("groups.csv", "code,name,village,meeting_day,meeting_time,meeting_place", "MAWAR,KPB Mawar,Sumberejo,Senin,15:00,Rumah Bu Sri")
            .With("people.csv", ["phone,name,role,group_codes", .. Enumerable.Range(1, 100).Select(i => $"0812111{i:D5},Anggota {i},anggota,MAWAR")])
            .With("ledger.csv", ["date,phone,type,amount,note", .. Enumerable.Range(0, Lines).Select(i =>
                $"{new DateOnly(2025, 1, 6).AddDays(7 * (i / 100)):yyyy-MM-dd},0812111{1 + i % 100:D5},setoran,{5000 + i % 7 * 1000},wajib")]);
        await using var db = await TestDatabase.CreateAsync(provider, withFixture: false, empty: true);

        var first = await FolderImport.RunAsync(db.Database, folder.Path, dryRun: false, DateTimeOffset.UtcNow);
        var second = await FolderImport.RunAsync(db.Database, folder.Path, dryRun: true, DateTimeOffset.UtcNow);

        var ledger = first.Files.Single(f => f.File == "ledger.csv");
        Assert.Equal(Lines, ledger.Added);
        Assert.Equal(provider == DatabaseOptions.Postgres ? "binary COPY, indexes made again after, figures counted on the way" : "prepared inserts of 100 rows, indexes made again after, figures counted on the way", ledger.Road);
        Assert.Equal(Lines, await db.ScalarAsync<long>("select count(*) from ledger_entries"));
        Assert.Equal(Lines, await db.ScalarAsync<long>("select count(*) from codes where kind = 'entry'"));
        Assert.Equal((0, Lines), second.Files.Single(f => f.File == "ledger.csv") is var again ? (again.Added, again.Unchanged) : default);
        // PostgreSQL plans the console's reads by the statistics taken in the import, not autovacuum's later.
        if (provider == DatabaseOptions.Postgres)
            Assert.True(await db.ScalarAsync<long>("select count(*) from pg_stats where tablename in ('ledger_entries', 'group_day_money', 'loan_repaid')") >= 3);
    }

    /// <summary>
    /// PostgreSQL writes people, memberships and loans by COPY, thousands at a time, with ids taken
    /// ahead from each table's sequence: more rows than one COPY takes must all go in, each
    /// membership, loan and instalment with its own person, and the service's next ordinary insert
    /// must get an id of its own.
    /// </summary>
    [SkippableTheory, Providers]
    public async Task More_people_than_one_copy_takes_go_in_each_with_her_group_loan_and_instalment(string provider)
    {
        const int People = 12_345;
        string Phone(int i) => $"0812{i:D8}";
        string Group(int i) => i % 3 == 0 ? "MAWAR" : i % 3 == 1 ? "MELATI" : "ANGGREK";
        using var folder = new ImportFolder()
            .With("groups.csv", "code,name,village,meeting_day,meeting_time,meeting_place",
                "MAWAR,KPB Mawar,Sumberejo,Senin,15:00,Rumah Bu Sri", "MELATI,KPB Melati,Sumberejo,Selasa,15:00,Balai", "ANGGREK,KPB Anggrek,Karanganyar,Rabu,15:00,Masjid")
            .With("people.csv", ["phone,name,role,group_codes", .. Enumerable.Range(1, People).Select(i => $"{Phone(i)},Anggota {i},anggota,{Group(i)}")])
            .With("loans.csv", ["phone,principal,disbursed_on,instalments,instalment_amount,frequency",
                .. Enumerable.Range(1, People).Select(i => $"{Phone(i)},{1_000_000 + i},2026-01-05,25,43000,mingguan")])
            .With("ledger.csv", ["date,phone,type,amount,note", .. Enumerable.Range(1, People).Select(i => $"2026-01-12,{Phone(i)},angsuran,{40_000 + i},")]);
        await using var db = await TestDatabase.CreateAsync(provider, withFixture: false, empty: true);

        var result = await FolderImport.RunAsync(db.Database, folder.Path, dryRun: false, DateTimeOffset.UtcNow);

        Assert.True(result.Applied);
        // Each person's number, name, group, loan and instalment are the ones her line gave her.
        Assert.Equal(People, await db.ScalarAsync<long>("""
            select count(*) from people p
              join memberships m on m.person_id = p.id join groups g on g.id = m.group_id
              join loans l on l.person_id = p.id and l.group_id = g.id
              join ledger_entries e on e.loan_id = l.id and e.person_id = p.id and e.group_id = g.id
             where p.name = 'Anggota ' || cast(l.principal - 1000000 as text) and e.amount = l.principal - 960000
            """));
        Assert.Equal(People / 3, await db.ScalarAsync<long>("select count(*) from memberships m join groups g on g.id = m.group_id where g.code = 'MAWAR'"));
        // List numbers run 1, 2, 3... in each group, in the order of the file.
        Assert.Equal(0L, await db.ScalarAsync<long>("""
            select count(*) from (select list_number, row_number() over (partition by group_id order by person_id) as n from memberships) m
             where m.list_number <> m.n
            """));
        // The service's next person gets an id nobody has.
        await db.ExecuteAsync("insert into people (phone, name, role, salutation, created_at) values ('+6281299999999', 'Baru', 'anggota', 'Ibu', '2026-01-19')");
        await db.ExecuteAsync("insert into loans (person_id, group_id, principal, disbursed_on, instalments, instalment_amount, frequency, created_at) select id, 1, 500000, '2026-01-19', 10, 50000, 'mingguan', '2026-01-19' from people where name = 'Baru'");
        Assert.Equal(People + 1, await db.ScalarAsync<long>("select count(distinct id) from people"));
    }

    /// <summary>
    /// On SQLite an import runs without the foreign-key checks (they were two thirds of a ledger
    /// row's cost): it makes every reference from rows it read or wrote. So every reference must hold
    /// after it, and the checks must be on again for the writes that follow on the same connection.
    /// </summary>
    [SkippableTheory, Providers]
    public async Task An_import_leaves_every_reference_whole_and_the_checks_on_for_the_writes_after_it(string provider)
    {
        using var folder = new ImportFolder()
            .With("groups.csv", "code,name,village,meeting_day,meeting_time,meeting_place", "MAWAR,KPB Mawar,Sumberejo,Senin,15:00,Rumah Bu Sri")
            .With("people.csv", "phone,name,role,group_codes", "081211100001,Sri,anggota,MAWAR", "081211100002,Painem,anggota,MAWAR")
            .With("loans.csv", "phone,principal,disbursed_on,instalments,instalment_amount,frequency", "081211100002,1000000,2026-01-05,25,43000,mingguan")
            .With("ledger.csv", "date,phone,type,amount,note", "2026-01-05,081211100001,setoran,5000,", "2026-01-12,081211100002,angsuran,43000,");
        await using var db = await TestDatabase.CreateAsync(provider, withFixture: false, empty: true);

        var result = await FolderImport.RunAsync(db.Database, folder.Path, dryRun: false, DateTimeOffset.UtcNow);

        Assert.True(result.Applied);
        if (provider == DatabaseOptions.Sqlite) Assert.Empty(await db.QueryAsync<string>("select \"table\" from pragma_foreign_key_check"));
        Assert.Equal(2L, await db.ScalarAsync<long>("select count(*) from ledger_entries e join people p on p.id = e.person_id join groups g on g.id = e.group_id"));
        // The next write on the writer's connection: an entry of nobody is refused again.
        await Assert.ThrowsAnyAsync<System.Data.Common.DbException>(() => db.ExecuteAsync("""
            insert into ledger_entries (group_id, person_id, kind, amount, occurred_on, source, recorded_at)
            values (1, 999999, 'setoran', 1000, '2026-01-19', 'sms', '2026-01-19')
            """));
    }
}
