using Pkkpm.Data.Seeds;
using Pkkpm.Data.Tests.Infrastructure;

namespace Pkkpm.Data.Tests.Stores;

/// <summary>
/// Opening ledgers from ledger.csv (COPY on PostgreSQL, one prepared insert on SQLite): every row
/// lands as written, with where it came from, and gets its code like any other entry.
/// </summary>
public class LedgerImportTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 27, 10, 0, 0, 500, TimeSpan.FromHours(7));

    [SkippableTheory, Providers]
    public async Task Imported_ledger_rows_keep_their_kind_amount_loan_date_source_note_and_get_codes(string provider)
    {
        var folder = Directory.CreateTempSubdirectory("pkkpm-ledger-import-").FullName;
        try
        {
            File.WriteAllLines(Path.Combine(folder, "groups.csv"), ["code,name,village,meeting_day,meeting_time,meeting_place", "MAWAR,KPB Mawar,Sumberejo,Senin,15:00,Rumah Bu Sri"]);
            File.WriteAllLines(Path.Combine(folder, "people.csv"), ["phone,name,role,group_codes,salutation", "081211110001,Sri Wahyuni,anggota,MAWAR,Ibu", "081211110002,Painem,anggota,MAWAR,Ibu"]);
            File.WriteAllLines(Path.Combine(folder, "loans.csv"), ["phone,principal,disbursed_on,instalments,instalment_amount,frequency", "081211110002,1000000,2026-08-03,25,43000,mingguan"]);
            File.WriteAllLines(Path.Combine(folder, "ledger.csv"),
                ["date,phone,type,amount,note", "2026-08-03,081211110001,setoran,20000,pertama", "2026-08-10,081211110001,penarikan,5000,", "2026-08-10,081211110002,angsuran,43000,angsuran ke-1"]);
            await using var db = await TestDatabase.CreateAsync(provider, withFixture: false, empty: true);

            var summary = await SeedLoader.LoadIfEmptyAsync(db.Database, folder, Now);

            Assert.Equal(3, summary!.LedgerEntries);
            var rows = await db.QueryAsync<(string Name, string Kind, long Amount, bool HasLoan, string Source, string SourceRef, string? Note)>("""
                select p.name, e.kind, e.amount, e.loan_id is not null, e.source, e.source_ref, e.note
                  from ledger_entries e join people p on p.id = e.person_id order by e.id
                """);
            Assert.Equal([
                ("Sri Wahyuni", "setoran", 20_000L, false, "import", "ledger.csv:2", (string?)"pertama"),
                ("Sri Wahyuni", "penarikan", 5_000L, false, "import", "ledger.csv:3", ""),
                ("Painem", "angsuran", 43_000L, true, "import", "ledger.csv:4", "angsuran ke-1"),
            ], rows);
            Assert.Equal(["2026-08-03", "2026-08-10", "2026-08-10"],
                (await db.QueryAsync<DateOnly>("select occurred_on from ledger_entries order by id")).Select(d => d.ToString("yyyy-MM-dd")));
            Assert.All(await db.QueryAsync<DateTimeOffset>("select recorded_at from ledger_entries"), at => Assert.Equal(Now, at));
            Assert.Equal(3L, await db.ScalarAsync<long>("select count(*) from codes where kind = 'entry' and ref_id in (select id from ledger_entries)"));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
