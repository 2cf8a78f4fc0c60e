using Pkkpm.Conversations.Ledger;
using Pkkpm.Data.Import;
using Pkkpm.Data.Monitoring;
using Pkkpm.Data.Seeds;
using Pkkpm.Data.Tests.Import;
using Pkkpm.Data.Tests.Infrastructure;
using static Pkkpm.Data.Tests.Infrastructure.Fixture;
using static Pkkpm.Data.Tests.Monitoring.MonitoringData;

namespace Pkkpm.Data.Tests.Monitoring;

/// <summary>
/// The figures the trigger keeps as entries are recorded (0014) must stay what the ledger says:
/// after deposits, withdrawals, repayments and corrections (reversals, dated after what they
/// reverse), and after an import that set the trigger aside. The figures read from them must equal
/// the ledger's for a period in the past too, where the kept totals are already past it.
/// </summary>
public class KeptFiguresTests
{
    [SkippableTheory, Providers]
    public async Task Kept_figures_equal_the_ledger_after_deposits_repayments_and_reversals(string provider)
    {
        await using var db = await CreateAsync(provider);
        await AddSavingsAsync(db);
        await AddRepaymentsAsync(db);
        var repayment = await db.RecordAsync(new NewEntry(Mawar, Painem, EntryKind.Angsuran, 55_000, PainemLoan), at: On(Day(11, 26)));
        await db.RecordAsync(new NewEntry(Mawar, Painem, EntryKind.Angsuran, 55_000, PainemLoan, ReversesEntryId: repayment.EntryId), at: On(Day(12, 2)));
        var withdrawal = await db.RecordAsync(new NewEntry(Melati, Slamet, EntryKind.Penarikan, 10_000), from: BudiPhone, at: On(Day(11, 25)));
        await db.RecordAsync(new NewEntry(Melati, Slamet, EntryKind.Penarikan, 10_000, ReversesEntryId: withdrawal.EntryId), from: BudiPhone, at: On(Day(11, 25)));
        // Savers: Endang saves twice in a week and one is corrected (still a saver); Yuli's only
        // deposit of 16-22 November is corrected (no saver left that week).
        var twice = await db.RecordAsync(new NewEntry(Mawar, Endang, EntryKind.Setoran, 1_000), at: On(Day(11, 26)));
        await db.RecordAsync(new NewEntry(Mawar, Endang, EntryKind.Setoran, 1_000, ReversesEntryId: twice.EntryId), at: On(Day(11, 26)));
        var yuli = await db.ScalarAsync<long>($"select id from ledger_entries where person_id = {Yuli} and amount = 7000");
        await db.RecordAsync(new NewEntry(Mawar, Yuli, EntryKind.Setoran, 7_000, ReversesEntryId: yuli), at: On(Day(11, 30)));
        Assert.Equal(0L, await db.ScalarAsync<long>("select savers from group_week_savers where week = '2026-11-16'"));

        Assert.NotEmpty(await KeptAsync(db, "select group_id, day, deposits, withdrawals, repayments, savings_change from group_day_money"));
        await AssertKeptEqualsLedgerAsync(db);
    }

    [SkippableTheory, Providers]
    public async Task Deposits_of_one_member_recorded_at_once_by_different_turns_make_her_one_saver(string provider)
    {
        await using var db = await CreateAsync(provider);
        await db.RecordAsync(new NewEntry(Mawar, Endang, EntryKind.Setoran, 1_000), at: On(Day(11, 23)));

        // Eight turns at once: on PostgreSQL each sees only its own deposit until the others commit.
        await Task.WhenAll(Enumerable.Range(1, 8).Select(i => db.RecordAsync(new NewEntry(Mawar, Sri, EntryKind.Setoran, 1_000 * i), at: On(Day(11, 23 + i % 4)))));

        Assert.Equal(2L, await db.ScalarAsync<long>($"select savers from group_week_savers where group_id = {Mawar}"));
        await AssertKeptEqualsLedgerAsync(db);
    }

    [SkippableTheory, Providers]
    public async Task An_import_computes_the_kept_figures_and_puts_their_triggers_back(string provider)
    {
        var seeds = Directory.CreateTempSubdirectory("pkkpm-kept-").FullName;
        try
        {
            File.WriteAllLines(Path.Combine(seeds, "groups.csv"), ["code,name,village,meeting_day,meeting_time,meeting_place", "MAWAR,KPB Mawar,Sumberejo,Senin,15:00,Rumah Bu Sri"]);
            File.WriteAllLines(Path.Combine(seeds, "people.csv"), ["phone,name,role,group_codes,salutation", "081211110001,Sri Wahyuni,anggota,MAWAR,Ibu", "081211110002,Painem,anggota,MAWAR,Ibu"]);
            File.WriteAllLines(Path.Combine(seeds, "loans.csv"), ["phone,principal,disbursed_on,instalments,instalment_amount,frequency", "081211110002,1000000,2026-01-05,25,43000,mingguan"]);
            File.WriteAllLines(Path.Combine(seeds, "ledger.csv"),
            [
                "date,phone,type,amount,note,code,reverses",
                .. Enumerable.Range(0, 300).Select(i => $"{new DateOnly(2026, 1, 5).AddDays(7 * (i / 3)):yyyy-MM-dd}," + (i % 3) switch
                {
                    2 => "081211110002,angsuran,43000,,,",
                    _ when i % 7 == 3 => "081211110002,penarikan,500,,,",
                    _ => $"08121111000{1 + i % 3},setoran,{1000 + i},,,",
                }),
                // Corrections: each takes its entry out of the entry's own day, and counts on its own.
                "2026-03-02,081211110001,setoran,7777,,K1,",
                "2026-03-02,081211110002,angsuran,43000,,K2,",
                "2026-03-09,081211110001,setoran,7777,salah catat,,K1",
                "2026-03-16,081211110002,angsuran,43000,salah catat,,K2",
            ]);
            await using var db = await TestDatabase.CreateAsync(provider, withFixture: false, empty: true);

            await SeedLoader.LoadIfEmptyAsync(db.Database, seeds, new DateTimeOffset(2026, 11, 27, 10, 0, 0, TimeSpan.FromHours(7)));

            Assert.Equal(100L, await db.ScalarAsync<long>("select count(*) from group_day_money"));
            Assert.Equal(2L, await db.ScalarAsync<long>("select count(*) from ledger_entries where reverses_entry_id is not null"));
            await AssertKeptEqualsLedgerAsync(db);
            Assert.Equal(2L, await db.ScalarAsync<long>("select members from group_members"));
            // The triggers are back: the next entry and the next member, written the ordinary way, are kept.
            await db.ExecuteAsync("""
                insert into ledger_entries (group_id, person_id, kind, amount, occurred_on, source, recorded_at)
                select group_id, person_id, 'setoran', 1000, occurred_on, 'sms', recorded_at from ledger_entries where id = 1;
                insert into people (phone, name, role, created_at) select '+6281211110003', 'Tarmi', 'anggota', created_at from people where id = 1;
                insert into memberships (person_id, group_id, list_number) select p.id, m.group_id, 3 from people p, memberships m where p.phone = '+6281211110003' and m.list_number = 1;
                """);
            Assert.Equal(3L, await db.ScalarAsync<long>("select members from group_members"));
            await AssertKeptEqualsLedgerAsync(db);
        }
        finally
        {
            Directory.Delete(seeds, recursive: true);
        }
    }

    /// <summary>
    /// A first ledger in date order has its figures counted as its lines go in: two groups, members
    /// who save twice in a week, withdrawals, two loans repaid. Each figure must be what the ledger
    /// says: a member who saved twice in a week is one saver.
    /// </summary>
    [SkippableTheory, Providers]
    public async Task A_first_ledger_in_date_order_has_its_figures_counted_as_its_lines_go_in(string provider)
    {
        using var folder = FiguresFolder(Enumerable.Range(0, 120).Select(i => (new DateOnly(2026, 1, 5).AddDays(i / 4 * 3), i)));
        await using var db = await TestDatabase.CreateAsync(provider, withFixture: false, empty: true);

        var import = await FolderImport.RunAsync(db.Database, folder.Path, dryRun: false, DateTimeOffset.UtcNow);

        Assert.EndsWith("indexes made again after, figures counted on the way", import.Files.Single(f => f.File == "ledger.csv").Road);
        Assert.Equal(2L, await db.ScalarAsync<long>("select count(distinct group_id) from group_week_savers"));
        await AssertKeptEqualsLedgerAsync(db);
    }

    /// <summary>A member's deposit dated before one already read cannot be counted in one pass: the figures come from the ledger.</summary>
    [SkippableTheory, Providers]
    public async Task A_first_ledger_that_goes_back_in_time_has_its_figures_computed_from_the_ledger(string provider)
    {
        using var folder = FiguresFolder(Enumerable.Range(0, 120).Select(i => (new DateOnly(2026, 1, 5).AddDays((119 - i) / 4 * 3), i)));
        await using var db = await TestDatabase.CreateAsync(provider, withFixture: false, empty: true);

        var import = await FolderImport.RunAsync(db.Database, folder.Path, dryRun: false, DateTimeOffset.UtcNow);

        Assert.EndsWith("indexes made again after", import.Files.Single(f => f.File == "ledger.csv").Road);
        await AssertKeptEqualsLedgerAsync(db);
    }

    /// <summary>Groups MAWAR and MELATI, two members each (the second of each with a loan), and a ledger line for each (date, i).</summary>
    private static ImportFolder FiguresFolder(IEnumerable<(DateOnly Date, int I)> lines) => new ImportFolder()
        .With("groups.csv", "code,name,village,meeting_day,meeting_time,meeting_place",
            "MAWAR,KPB Mawar,Sumberejo,Senin,15:00,Rumah Bu Sri", "MELATI,KPB Melati,Sumberejo,Selasa,15:00,Balai Desa")
        .With("people.csv", "phone,name,role,group_codes,salutation", "081211110001,Sri Wahyuni,anggota,MAWAR,Ibu",
            "081211110002,Painem,anggota,MAWAR,Ibu", "081211110003,Slamet,anggota,MELATI,Bapak", "081211110004,Yuli,anggota,MELATI,Ibu")
        .With("loans.csv", "phone,principal,disbursed_on,instalments,instalment_amount,frequency",
            "081211110002,1000000,2026-01-05,25,43000,mingguan", "081211110004,500000,2026-01-05,10,52000,mingguan")
        .With("ledger.csv", ["date,phone,type,amount,note", .. lines.Select(l => $"{l.Date:yyyy-MM-dd}," + (l.I % 5) switch
        {
            4 => $"08121111000{2 + l.I / 5 % 2 * 2},angsuran,43000,",
            3 when l.I % 15 == 3 => "081211110001,penarikan,500,",
            var m => $"08121111000{1 + m % 4},setoran,{1000 + l.I},",
        })]);

    [SkippableTheory, Providers]
    public async Task A_period_in_the_past_reads_the_balances_and_repayments_of_its_own_end(string provider)
    {
        await using var db = await CreateAsync(provider);
        await AddSavingsAsync(db);
        await AddRepaymentsAsync(db);
        await db.RecordAsync(new NewEntry(Mawar, Painem, EntryKind.Angsuran, 55_000, PainemLoan), at: On(Day(11, 26)));
        var figures = new MonitoringFigures(db.Database);
        // The week before Week: Yuli's 7,000 (Sunday 22 November) is Mawar's only saving by then;
        // Painem had repaid 2 x 55,000 (her third came on 26 November) and Slamet 6 x 55,000.
        var before = ReportPeriod.Week(Day(11, 18));

        var groups = (await figures.GetGroupsAsync(MonitoringScope.Programme(), before)).ToDictionary(g => g.GroupId, g => g.Figures);
        var loans = await figures.GetLoansAsync(MonitoringScope.Programme(), before);

        Assert.Equal(7_000, groups[Mawar].SavingsBalance);
        Assert.Equal(0, groups[Melati].SavingsBalance);
        Assert.Equal(groups.Values.Sum(g => g.Outstanding), loans.Outstanding);
        var book = await db.QueryAsync<long>("select instalments * instalment_amount from loans where id in (1, 2) order by id");
        Assert.Equal(book[0] - 2 * 55_000 + book[1] - 6 * 55_000, loans.Outstanding);
    }

    private static async Task AssertKeptEqualsLedgerAsync(TestDatabase db)
    {
        Assert.Equal(await KeptAsync(db, KeptFigures.GroupDayMoney), await KeptAsync(db, "select group_id, day, deposits, withdrawals, repayments, savings_change from group_day_money"));
        Assert.Equal(await KeptAsync(db, KeptFigures.GroupSavings), await KeptAsync(db, "select group_id, balance, last_on from group_savings"));
        Assert.Equal(await KeptAsync(db, KeptFigures.LoanRepaid), await KeptAsync(db, "select loan_id, repaid, last_on from loan_repaid"));
        var sql = new DateSql(db.Provider == DatabaseOptions.Postgres);
        Assert.Equal(await KeptAsync(db, KeptFigures.GroupWeekSavers(sql)), await KeptAsync(db, "select group_id, week, savers from group_week_savers where savers > 0"));
        Assert.Equal(await KeptAsync(db, KeptFigures.GroupMembers), await KeptAsync(db, "select group_id, members from group_members where members > 0"));
    }

    [SkippableTheory, Providers]
    public async Task Members_kept_per_group_follow_memberships_added_removed_and_moved(string provider)
    {
        await using var db = await CreateAsync(provider);
        await AssertKeptEqualsLedgerAsync(db);
        var mawar = await MembersOfMawarAsync();

        // Three at once, in two groups, one without a place on the list (a pendamping's).
        await db.ExecuteAsync($"""
            insert into people (id, phone, name, role, created_at) values
                (801, '+6281200000801', 'Satu', 'anggota', @At), (802, '+6281200000802', 'Dua', 'anggota', @At), (803, '+6281200000803', 'Tiga', 'pendamping', @At);
            insert into memberships (person_id, group_id, list_number) values ({801}, {Mawar}, 101), ({802}, {Kenanga}, 102), ({803}, {Mawar}, null);
            """, new { At = Friday });
        Assert.Equal(mawar + 1, await MembersOfMawarAsync());
        await AssertKeptEqualsLedgerAsync(db);

        await db.ExecuteAsync($"delete from memberships where person_id in (801, 803)");
        Assert.Equal(mawar, await MembersOfMawarAsync());
        await db.ExecuteAsync($"update memberships set group_id = {Mawar} where person_id = 802");
        Assert.Equal(mawar + 1, await MembersOfMawarAsync());
        await AssertKeptEqualsLedgerAsync(db);

        // The console's count of the programme's members is the kept one.
        var savings = await new MonitoringFigures(db.Database).GetSavingsAsync(MonitoringScope.Programme(), Week);
        Assert.Equal(await db.ScalarAsync<long>("select count(*) from memberships where list_number is not null"), savings.Members);

        Task<long> MembersOfMawarAsync() => db.ScalarAsync<long>($"select coalesce(sum(members), 0) from group_members where group_id = {Mawar}");
    }

    /// <summary>The rows of <paramref name="sql"/>, each as one line of text, in order: both databases compare them alike.</summary>
    private static async Task<IReadOnlyList<string>> KeptAsync(TestDatabase db, string sql)
    {
        var rows = await db.Database.ReadAsync(async connection =>
        {
            await using var command = connection.CreateCommand();
            command.CommandText = sql;
            await using var reader = await command.ExecuteReaderAsync();
            var lines = new List<string>();
            while (await reader.ReadAsync())
                lines.Add(string.Join(" ", Enumerable.Range(0, reader.FieldCount).Select(i => Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture))));
            return lines;
        });
        return rows.Order(StringComparer.Ordinal).ToList();
    }
}
