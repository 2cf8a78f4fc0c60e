using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Pkkpm.Browser.Tests;

/// <summary>
/// /console/impor in chromium, as the admin: a good people.csv previewed, applied, and its member on
/// the KPB page; a bad ledger.csv (larger than the server's 64 KB limit for other routes) shows its
/// `file:line: reason` and imports nothing.
/// </summary>
public class ImportBrowserTests
{
    private const string Dewi = "+628123400005"; // admin

    [SkippableFact]
    public async Task The_admin_previews_and_applies_a_people_file_and_the_member_shows_on_her_KPB()
    {
        await using var console = await ConsoleInBrowser.StartAsync();
        var page = await console.NewPageAsync(ConsoleInBrowser.DesktopWidth);
        await console.SignInAsync(page, Dewi);

        await page.GotoAsync("/console/impor");
        await page.GetByLabel("Berkas CSV").SetInputFilesAsync(new FilePayload
        {
            Name = "people.csv", MimeType = "text/csv",
            Buffer = Encoding.UTF8.GetBytes("phone,name,role,group_codes,salutation\n0812-7777-0001,Tini Rahayu,anggota,MAWAR,Ibu\n"),
        });
        await page.GetByRole(AriaRole.Button, new() { Name = "Periksa" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Pratinjau: belum ada yang berubah" })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("tbody tr")).ToHaveTextAsync([new Regex(@"^\s*people\.csv\s*1\s*0\s*0\s*$")]);
        await page.GetByRole(AriaRole.Button, new() { Name = "Terapkan" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Sudah diimpor" })).ToBeVisibleAsync();

        await page.GotoAsync("/console/kpb/MAWAR");
        await Assertions.Expect(page.GetByText("Tini Rahayu")).ToBeVisibleAsync();
    }

    [SkippableFact]
    public async Task A_bad_line_of_a_large_ledger_is_shown_with_its_file_and_line_and_nothing_is_imported()
    {
        await using var console = await ConsoleInBrowser.StartAsync();
        var page = await console.NewPageAsync();
        await console.SignInAsync(page, Dewi);
        // About 130 KB: twice what the server takes on any other route.
        var lines = Enumerable.Range(0, 3000).Select(i => $"2026-11-23,08123400115,setoran,{1000 + i},sukarela minggu ini").ToList();
        lines.Insert(1500, "2026-11-23,08123400115,sedekah,5000,");

        await page.GotoAsync("/console/impor");
        await page.GetByLabel("Berkas CSV").SetInputFilesAsync(new FilePayload
        {
            Name = "ledger.csv", MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes(string.Join("\n", ["date,phone,type,amount,note", .. lines])),
        });
        await page.GetByRole(AriaRole.Button, new() { Name = "Periksa" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "1 baris bermasalah: tidak ada yang diimpor" })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".problems li")).ToHaveTextAsync(["ledger.csv:1502: type 'sedekah' must be setoran, penarikan or angsuran"]);
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Terapkan" })).ToHaveCountAsync(0);
    }
}
