using Pkkpm.Data.Import;
using Pkkpm.Data.Tests.Infrastructure;
using static Pkkpm.Data.Tests.Infrastructure.Fixture;

namespace Pkkpm.Data.Tests.Import;

/// <summary>
/// The seed formats into a running programme (the fixture's Mawar and Melati): every bad line
/// listed and nothing kept, a dry run that changes nothing, rows about groups and people already
/// there, and a second import of the same files that adds nothing.
/// </summary>
public class FolderImportTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 30, 9, 0, 0, TimeSpan.FromHours(7));

    private static ImportFolder Good() => new ImportFolder()
        .With("groups.csv", "code,name,village,meeting_day,meeting_time,meeting_place", "KENANGA,KPB Kenanga,Sukamaju,Kemis,15.00,Rumah Bu Tini")
        .With("people.csv", "phone,name,role,group_codes,salutation",
            "0812-7777-0001,Tini Rahayu,anggota,KENANGA,Ibu",
            "0812-7777-0002,Warsih,anggota,MAWAR,Ibu",
            // Already there: Rina now accompanies KENANGA too.
            $"{RinaPhone},Rina Kurniawati,pendamping,MAWAR;MELATI;KENANGA,Ibu")
        .With("loans.csv", "phone,principal,disbursed_on,instalments,instalment_amount,frequency", "081277770001,1000000,2026-11-02,25,43000,mingguan")
        .With("ledger.csv", "date,phone,type,amount,note",
            "2026-11-02,081277770001,setoran,5000,wajib",
            "2026-11-02,081277770001,setoran,5000,wajib",
            "2026-11-09,081277770001,angsuran,43000,",
            $"2026-11-09,{PainemPhone},setoran,20000,sukarela");

    [SkippableTheory, Providers]
    public async Task A_dry_run_counts_what_would_change_and_changes_nothing(string provider)
    {
        using var folder = Good();
        await using var db = await TestDatabase.CreateAsync(provider);
        var before = await CountsAsync(db);

        var result = await FolderImport.RunAsync(db.Database, folder.Path, dryRun: true, Now);

        Assert.Empty(result.Problems);
        Assert.False(result.Applied);
        Assert.Equal(["groups.csv: 1 added, 0 changed, 0 already there", "people.csv: 2 added, 1 changed, 0 already there",
                      "loans.csv: 1 added, 0 changed, 0 already there"],
            result.Files.Take(3).Select(f => f.ToString()));
        Assert.Equal((4, 0, 0), (result.Files[3].Added, result.Files[3].Changed, result.Files[3].Unchanged));
        Assert.Equal(before, await CountsAsync(db));
    }

    [SkippableTheory, Providers]
    public async Task An_import_refers_to_what_the_database_holds_and_a_second_one_adds_nothing(string provider)
    {
        using var folder = Good();
        await using var db = await TestDatabase.CreateAsync(provider);

        var first = await FolderImport.RunAsync(db.Database, folder.Path, dryRun: false, Now);
        var after = await CountsAsync(db);
        var second = await FolderImport.RunAsync(db.Database, folder.Path, dryRun: false, Now.AddHours(1));

        Assert.True(first.Applied && first.IsClean);
        Assert.Equal(3, await db.ScalarAsync<long>("select count(*) from memberships where person_id = @Rina", new { Rina }));
        Assert.Equal(4, await db.ScalarAsync<long>("select list_number from memberships m join people p on p.id = m.person_id where p.phone = '+6281277770002'"));
        Assert.Equal(20_000, await db.ScalarAsync<long>("select amount from ledger_entries where person_id = @Painem and source_ref = 'ledger.csv:5'", new { Painem }));
        Assert.Equal(4, await db.ScalarAsync<long>("select count(*) from ledger_entries where source = 'import' and recorded_by_person_id is null and source_ref like 'ledger.csv:%'"));
        Assert.True(second.IsClean);
        Assert.All(second.Files, f => Assert.Equal((0, 0), (f.Added, f.Changed)));
        Assert.Equal(after, await CountsAsync(db));
    }

    [SkippableTheory, Providers]
    public async Task Every_bad_line_is_listed_and_nothing_is_kept(string provider)
    {
        using var folder = Good()
            .With("people.csv", "phone,name,role,group_codes",
                "0812-7777-0001,Tini Rahayu,anggota,KENANGA",
                "0812,Siti,anggota,KENANGA",
                "081277770003,Sumi,anggota,SEMBARANG")
            .With("ledger.csv", "date,phone,type,amount,note",
                "2026-11-02,081277770001,setoran,5000,wajib",
                "2026-11-02,081277770001,sedekah,5000,",
                "2026-11-31,081277770001,setoran,5000,",
                "2026-11-02,081277770001,setoran,5rb,");
        await using var db = await TestDatabase.CreateAsync(provider);
        var before = await CountsAsync(db);

        var result = await FolderImport.RunAsync(db.Database, folder.Path, dryRun: false, Now);

        Assert.False(result.Applied);
        Assert.Equal([
            "people.csv:3: phone '0812' is not a valid Indonesian mobile number",
            "people.csv:4: group code 'SEMBARANG' is not in groups.csv nor in the database",
            "ledger.csv:3: type 'sedekah' must be setoran, penarikan or angsuran",
            "ledger.csv:4: date '2026-11-31' is not a date in the form yyyy-MM-dd",
            "ledger.csv:5: amount '5rb' must be a positive whole number of rupiah, digits only (e.g. 50000)",
        ], result.Problems.Select(p => p.ToString()));
        Assert.Equal(before, await CountsAsync(db));
    }

    /// <summary>A loan or a ledger line is a member's: one naming a pendamping or programme staff is
    /// refused, also when her number is written exactly as in people.csv (read once there, and not again).</summary>
    [SkippableTheory, Providers]
    public async Task Loans_and_ledger_lines_of_a_pendamping_or_of_staff_are_refused(string provider)
    {
        using var folder = Good()
            .With("people.csv", "phone,name,role,group_codes",
                "0812-7777-0001,Tini Rahayu,anggota,KENANGA",
                "0812-7777-0003,Yanti,pendamping,KENANGA",
                "0812-7777-0004,Budi Santoso,pemantau,Sukamaju")
            .With("loans.csv", "phone,principal,disbursed_on,instalments,instalment_amount,frequency",
                "0812-7777-0003,1000000,2026-11-02,25,43000,mingguan")
            .With("ledger.csv", "date,phone,type,amount,note",
                "2026-11-02,0812-7777-0003,setoran,5000,",
                "2026-11-02,0812-7777-0004,setoran,5000,",
                "2026-11-02,0812-7777-0001,setoran,5000,");
        await using var db = await TestDatabase.CreateAsync(provider);
        var before = await CountsAsync(db);

        var result = await FolderImport.RunAsync(db.Database, folder.Path, dryRun: false, Now);

        Assert.Equal([
            "loans.csv:2: phone '0812-7777-0003' is a pendamping, not a member of a group",
            "ledger.csv:2: phone '0812-7777-0003' is a pendamping, not a member of a group",
            "ledger.csv:3: phone '0812-7777-0004' is programme staff, not a member of a group",
        ], result.Problems.Select(p => p.ToString()));
        Assert.Equal(before, await CountsAsync(db));
    }

    [SkippableTheory, Providers]
    public async Task A_row_changed_after_rows_added_is_changed_and_the_added_ones_are_there(string provider)
    {
        // On PostgreSQL the added rows go into a COPY left open: the change after them must still run.
        using var folder = new ImportFolder()
            .With("groups.csv", "code,name,village,meeting_day,meeting_time,meeting_place",
                "DAHLIA,KPB Dahlia,Sumberejo,Kamis,15:00,Rumah Bu Tini", "MAWAR,KPB Mawar,Sumberejo,Rabu,16:00,Balai Desa", "ANGGREK,KPB Anggrek,Sumberejo,Jumat,15:00,Rumah Bu Sum")
            .With("people.csv", "phone,name,role,group_codes,salutation,panggilan",
                "0812-7777-0001,Tini,anggota,DAHLIA,Ibu,", $"{PainemPhone},Painem,bendahara,MAWAR,Ibu,Nem", "0812-7777-0002,Sum,anggota,ANGGREK,Ibu,")
            .With("loans.csv", "phone,principal,disbursed_on,instalments,instalment_amount,frequency",
                "081277770001,800000,2026-11-02,20,44000,mingguan", $"{PainemPhone},1000000,2026-10-05,25,44000,mingguan", "081277770002,600000,2026-11-02,15,44000,mingguan");
        await using var db = await TestDatabase.CreateAsync(provider);

        var result = await FolderImport.RunAsync(db.Database, folder.Path, dryRun: false, Now);

        Assert.Empty(result.Problems);
        Assert.Equal(["groups.csv: 2 added, 1 changed, 0 already there", "people.csv: 2 added, 1 changed, 0 already there", "loans.csv: 2 added, 1 changed, 0 already there"],
            result.Files.Select(f => f.ToString()));
        Assert.Equal("Rabu 16:00 Balai Desa", await db.ScalarAsync<string>("select meeting_day || ' ' || meeting_time || ' ' || meeting_place from groups where id = @Mawar", new { Mawar }));
        Assert.Equal("bendahara Nem", await db.ScalarAsync<string>("select role || ' ' || panggilan from people where id = @Painem", new { Painem }));
        Assert.Equal(25, await db.ScalarAsync<int>("select instalments from loans where person_id = @Painem", new { Painem }));
        Assert.Equal(["KPB Anggrek Sum 600000", "KPB Dahlia Tini 800000"], await db.QueryAsync<string>("""
            select g.name || ' ' || p.name || ' ' || l.principal from loans l join people p on p.id = l.person_id join groups g on g.id = l.group_id
             where g.code in ('DAHLIA', 'ANGGREK') order by g.name
            """));
    }

    [SkippableTheory, Providers]
    public async Task Groups_and_people_already_there_are_changed_where_the_file_differs(string provider)
    {
        using var folder = new ImportFolder()
            .With("groups.csv", "code,name,village,meeting_day,meeting_time,meeting_place", "MAWAR,KPB Mawar,Sumberejo,Rabu,16:00,Balai Desa")
            .With("people.csv", "phone,name,role,group_codes,salutation,panggilan", $"{PainemPhone},Painem,bendahara,MAWAR,Ibu,Nem");
        await using var db = await TestDatabase.CreateAsync(provider);

        var result = await FolderImport.RunAsync(db.Database, folder.Path, dryRun: false, Now);

        Assert.Equal(["groups.csv: 0 added, 1 changed, 0 already there", "people.csv: 0 added, 1 changed, 0 already there"], result.Files.Select(f => f.ToString()));
        Assert.Equal("Rabu 16:00 Balai Desa", await db.ScalarAsync<string>("select meeting_day || ' ' || meeting_time || ' ' || meeting_place from groups where id = @Mawar", new { Mawar }));
        Assert.Equal("bendahara Nem", await db.ScalarAsync<string>("select role || ' ' || panggilan from people where id = @Painem", new { Painem }));
    }

    private static Task<string> CountsAsync(TestDatabase db) => db.ScalarAsync<string>("""
        select (select count(*) from groups) || ' ' || (select count(*) from people) || ' ' || (select count(*) from memberships) || ' '
            || (select count(*) from loans) || ' ' || (select count(*) from ledger_entries) || ' ' || (select count(*) from codes) || ' ' || (select count(*) from tips)
        """);
}
