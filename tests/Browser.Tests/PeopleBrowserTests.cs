using Microsoft.Playwright;

namespace Pkkpm.Browser.Tests;

/// <summary>
/// The console's forms about people in chromium, on a phone's width: a pendamping registers a member
/// (form, summary, "Ya") and finds her on the KPB page; another group's pendamping finds no form.
/// </summary>
public class PeopleBrowserTests
{
    private const string Rina = "+628123400001"; // pendamping of MAWAR, MELATI, ANGGREK, KENANGA
    private const string Andi = "+628123400002"; // pendamping of DAHLIA and TERATAI

    [SkippableFact]
    public async Task A_pendamping_registers_a_member_in_the_console_and_she_appears_on_the_KPB_page()
    {
        await using var console = await ConsoleInBrowser.StartAsync();
        var page = await console.NewPageAsync();
        await console.SignInAsync(page, Rina);

        await page.GotoAsync("/console/kpb/MAWAR");
        await page.GetByRole(AriaRole.Link, new() { Name = "Daftarkan anggota baru" }).ClickAsync();
        await page.GetByLabel("Nomor HP").FillAsync("0812-9999-0001");
        await page.GetByLabel("Ibu", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("Nama (tanpa Ibu/Bapak)").FillAsync("Sri Rahayu");
        await page.GetByLabel("Nama (tanpa Ibu/Bapak)").PressAsync("Enter"); // the keyboard alone sends the form
        await Assertions.Expect(page.Locator("#ringkasan")).ToHaveTextAsync("Daftarkan Ibu Sri Rahayu (0812-9999-0001) sebagai anggota KPB Mawar?");
        Assert.True(await page.EvaluateAsync<int>("document.documentElement.scrollWidth") <= ConsoleInBrowser.PhoneWidth);
        await page.GetByRole(AriaRole.Button, new() { Name = "Ya, daftarkan" }).ClickAsync();
        await Assertions.Expect(page.Locator("#hasil")).ToContainTextAsync("Tercatat: Ibu Sri Rahayu anggota baru KPB Mawar.");
        await page.GetByRole(AriaRole.Link, new() { Name = "Kembali ke KPB Mawar" }).ClickAsync();

        await Assertions.Expect(page.Locator("#tabel-anggota").GetByRole(AriaRole.Link, new() { Name = "Sri Rahayu", Exact = true })).ToBeVisibleAsync();
    }

    [SkippableFact]
    public async Task A_pendamping_of_another_group_gets_the_not_found_page_on_the_form()
    {
        await using var console = await ConsoleInBrowser.StartAsync();
        var page = await console.NewPageAsync();
        await console.SignInAsync(page, Andi);

        var response = await page.GotoAsync("/console/kpb/MAWAR/anggota-baru");

        Assert.Equal(404, response!.Status);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Halaman tidak ditemukan" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByLabel("Nomor HP")).ToHaveCountAsync(0);
        response = await page.GotoAsync("/console/kpb/DAHLIA/anggota-baru");
        Assert.Equal(200, response!.Status); // her own group's form is there
    }
}
