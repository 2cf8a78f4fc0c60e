using Microsoft.Playwright;

namespace Pkkpm.Browser.Tests;

/// <summary>
/// CAIR as a console form in chromium, on a phone's width: a pendamping opens a member's page, fills
/// the loan form, reads the chat's summary, says "Ya" and finds the loan on the member's page.
/// </summary>
public class LoanBrowserTests
{
    private const string Rina = "+628123400001"; // pendamping of MAWAR, MELATI, ANGGREK, KENANGA

    [SkippableFact]
    public async Task A_pendamping_disburses_a_loan_in_the_console_and_sees_it_on_the_member_page()
    {
        await using var console = await ConsoleInBrowser.StartAsync();
        var page = await console.NewPageAsync();
        await console.SignInAsync(page, Rina);

        await page.GotoAsync("/console/kpb/MAWAR");
        await page.Locator("#tabel-anggota").GetByRole(AriaRole.Link, new() { Name = "Siti Aminah", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Cairkan pinjaman" }).ClickAsync();
        await page.GetByLabel("Jumlah pinjaman (Rp)").FillAsync("1.500.000");
        await page.GetByLabel("Berapa kali angsuran").FillAsync("10");
        await page.GetByLabel("Jadwal angsuran").SelectOptionAsync("bulanan");
        await page.GetByRole(AriaRole.Button, new() { Name = "Lanjut" }).ClickAsync();
        await Assertions.Expect(page.Locator("#ringkasan")).ToContainTextAsync("Cair ke Ibu Siti Aminah (KPB Mawar): pinjaman Rp1.500.000");
        Assert.True(await page.EvaluateAsync<int>("document.documentElement.scrollWidth") <= ConsoleInBrowser.PhoneWidth);
        await page.GetByRole(AriaRole.Button, new() { Name = "Ya, cairkan" }).ClickAsync();
        await Assertions.Expect(page.Locator("#hasil")).ToHaveTextAsync("Pinjaman Ibu Siti Rp1.500.000 tercatat. Jadwal angsuran dikirim ke Ibu Siti.");
        await page.GetByRole(AriaRole.Link, new() { Name = "Kembali ke rekening Siti Aminah" }).ClickAsync();

        // 1,5 % x 10 months = Rp225.000; 1.725.000 / 10 = Rp172.500.
        await Assertions.Expect(page.Locator("#daftar-pinjaman")).ToContainTextAsync("Rp172.500 x 10 bulanan");
    }
}
