using Pkkpm.Conversations.Ledger;
using Pkkpm.Data.Export;
using Pkkpm.Data.Import;
using Pkkpm.Data.Tests.Infrastructure;
using static Pkkpm.Data.Tests.Infrastructure.Fixture;

namespace Pkkpm.Data.Tests.Import;

/// <summary>
/// `export` writes the programme in the seed formats: imported into an empty database it gives the
/// same books (corrections included), and imported back into its own database it changes nothing.
/// </summary>
public class ExportImportTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 30, 9, 0, 0, TimeSpan.FromHours(7));

    [SkippableTheory, Providers]
    public async Task An_export_imported_into_an_empty_database_gives_every_member_the_same_books(string provider)
    {
        await using var source = await ProgrammeAsync(provider);
        using var folder = new ImportFolder();
        await FolderExport.WriteAsync(source.Database, folder.Path);
        await using var copy = await TestDatabase.CreateAsync(provider, withFixture: false, empty: true);

        var result = await FolderImport.RunAsync(copy.Database, folder.Path, dryRun: false, Now);

        Assert.Empty(result.Problems);
        Assert.Equal(await BooksAsync(source), await BooksAsync(copy));
        Assert.Equal(await MembersAsync(source), await MembersAsync(copy));
    }

    [SkippableTheory, Providers]
    public async Task An_export_imported_back_into_its_own_database_changes_nothing(string provider)
    {
        await using var source = await ProgrammeAsync(provider);
        using var folder = new ImportFolder();
        await FolderExport.WriteAsync(source.Database, folder.Path);
        var books = await BooksAsync(source);
        var entries = await source.ScalarAsync<long>("select count(*) from ledger_entries");

        var result = await FolderImport.RunAsync(source.Database, folder.Path, dryRun: false, Now);

        Assert.Empty(result.Problems);
        Assert.All(result.Files, f => Assert.Equal((0, 0), (f.Added, f.Changed)));
        Assert.Equal(entries, await source.ScalarAsync<long>("select count(*) from ledger_entries"));
        Assert.Equal(books, await BooksAsync(source));
    }

    [SkippableTheory, Providers]
    public async Task An_export_never_overwrites_a_file(string provider)
    {
        await using var source = await ProgrammeAsync(provider);
        using var folder = new ImportFolder().With("people.csv", "yesterday");

        await Assert.ThrowsAsync<IOException>(() => FolderExport.WriteAsync(source.Database, folder.Path));

        Assert.Equal(["people.csv"], Directory.GetFiles(folder.Path).Select(Path.GetFileName));
    }

    /// <summary>The fixture with savings, a withdrawal, repayments, two identical deposits, a corrected entry and a tip.</summary>
    private static async Task<TestDatabase> ProgrammeAsync(string provider)
    {
        var db = await TestDatabase.CreateAsync(provider);
        await db.RecordAsync(new NewEntry(Mawar, Sri, EntryKind.Setoran, 50_000, Note: "wajib"));
        await db.RecordAsync(new NewEntry(Mawar, Sri, EntryKind.Setoran, 50_000, Note: "wajib"));
        await db.RecordAsync(new NewEntry(Mawar, Sri, EntryKind.Penarikan, 30_000));
        await db.RecordAsync(new NewEntry(Mawar, Painem, EntryKind.Angsuran, 55_000, PainemLoan));
        var wrong = await db.RecordAsync(new NewEntry(Mawar, Painem, EntryKind.Setoran, 500_000, Note: "salah ketik, \"lima ratus\""));
        await db.RecordAsync(new NewEntry(Mawar, Painem, EntryKind.Setoran, 500_000, ReversesEntryId: wrong.EntryId));
        await db.RecordAsync(new NewEntry(Melati, Slamet, EntryKind.Angsuran, 55_000, SlametLoan));
        await db.ExecuteAsync("insert into tips (code, category, text) values ('K01', 'keuangan', 'Pisahkan uang usaha dan uang dapur.')");
        return db;
    }

    /// <summary>Every member's savings, repayments and what her loans owe, by phone.</summary>
    private static Task<IReadOnlyList<(string Phone, long Savings, long Repaid, long Owed)>> BooksAsync(TestDatabase db) =>
        db.QueryAsync<(string, long, long, long)>("""
            select p.phone,
                   coalesce((select sum(case e.kind when 'setoran' then e.amount else -e.amount end * case when e.reverses_entry_id is null then 1 else -1 end)
                               from ledger_entries e where e.person_id = p.id and e.kind <> 'angsuran'), 0),
                   coalesce((select sum(e.amount * case when e.reverses_entry_id is null then 1 else -1 end)
                               from ledger_entries e where e.person_id = p.id and e.kind = 'angsuran'), 0),
                   coalesce((select sum(l.instalments * l.instalment_amount) from loans l where l.person_id = p.id), 0)
              from people p order by p.phone
            """);

    private static Task<IReadOnlyList<string>> MembersAsync(TestDatabase db) => db.QueryAsync<string>("""
        select p.phone || ' ' || p.name || ' ' || p.role || ' ' || p.salutation || ' ' || g.code || ' ' || coalesce(cast(m.list_number as text), '-')
          from people p join memberships m on m.person_id = p.id join groups g on g.id = m.group_id order by 1
        """);
}
