using System.Net;
using Microsoft.Data.Sqlite;
using Pkkpm.Bot.Tests.Infrastructure;
using Pkkpm.Bot.Tests.People;
using Pkkpm.Data;
using Pkkpm.Testing;
using static Pkkpm.Bot.Tests.PeopleConsole.ConsoleSeeds;

namespace Pkkpm.Bot.Tests.PeopleConsole;

/// <summary>
/// A console form saved while another process (an import) holds SQLite's file past the wait: the
/// pendamping sees that nothing was saved and to try again (503), not a server error; nothing of it
/// is recorded, and the same form saved again afterwards goes through.
/// </summary>
public class PeopleConsoleHeldDatabaseTests
{
    [SqliteFact]
    public async Task A_registration_saved_while_the_database_is_held_is_refused_with_nothing_saved_and_goes_through_after()
    {
        using var seeds = ConsoleSeeds.Mawar();
        // The service's connections give up on a held file after 1 s of retries (30 s by default).
        await using var database = await ScratchDatabase.CreateAsync(DatabaseOptions.Sqlite);
        await using var app = new BotApplication(seeds.Path, database: database,
            settings: new() { ["ConnectionStrings:Pkkpm"] = database.ConnectionString + ";Default Timeout=1" });
        using var browser = await PeopleConsoleTests.SignedInAsync(app, Rina);
        const string Form = "/console/kpb/MAWAR/anggota-baru";
        var summary = await browser.ProposeAsync(Form, new() { ["Nomor"] = "0812-9999-0001", ["Sapaan"] = "Ibu", ["Nama"] = "sri lestari" });
        var before = await app.SnapshotAsync();

        (HttpStatusCode Status, string Page) refused;
        await using (var other = new SqliteConnection(database.ConnectionString))
        {
            await other.OpenAsync();
            await using var holding = other.BeginTransaction(deferred: false);
            refused = await browser.ConfirmAsync(Form, summary.Page).WaitAsync(TimeSpan.FromSeconds(30));
        }
        var after = await app.SnapshotAsync();
        var saved = await browser.ConfirmAsync(Form, summary.Page);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.Status);
        Assert.Contains("Tidak ada yang tersimpan. Silakan coba lagi sebentar lagi.", refused.Page);
        Assert.Equal(before, after);
        Assert.Equal(HttpStatusCode.OK, saved.Status);
        Assert.StartsWith("Tercatat: Ibu Sri Lestari anggota baru KPB Mawar.", PeopleForms.Shown(saved.Page, "hasil"));
    }
}
