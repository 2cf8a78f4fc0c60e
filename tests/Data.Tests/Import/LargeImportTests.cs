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
        Assert.Equal(provider == DatabaseOptions.Postgres ? "binary COPY, indexes made again after" : "prepared inserts of 100 rows, indexes made again after", ledger.Road);
        Assert.Equal(Lines, await db.ScalarAsync<long>("select count(*) from ledger_entries"));
        Assert.Equal(Lines, await db.ScalarAsync<long>("select count(*) from codes where kind = 'entry'"));
        Assert.Equal((0, Lines), second.Files.Single(f => f.File == "ledger.csv") is var again ? (again.Added, again.Unchanged) : default);
    }
}
