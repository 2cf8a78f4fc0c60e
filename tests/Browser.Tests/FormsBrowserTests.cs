using System.Globalization;
using Microsoft.Playwright;
using static Pkkpm.Browser.Tests.SimulatorChat;

namespace Pkkpm.Browser.Tests;

/// <summary>
/// Issue 13's console forms in chromium, on a phone's width, signed in as Rina (pendamping of MAWAR):
/// a member who leaves (KELUAR) gets the reply for one who is no member to SALDO, and a schedule set on the KPB's
/// "jadwal" form is the next meeting the KPB page names.
/// </summary>
public class FormsBrowserTests
{
    private const string Rina = "+628123400001";
    private const string Newcomer = "+6281299990077";

    [SkippableFact]
    public async Task A_member_who_leaves_in_the_console_is_no_member_to_SALDO()
    {
        await using var console = await ConsoleInBrowser.StartAsync();
        var page = await console.NewPageAsync();
        await console.SignInAsync(page, Rina);
        // A newcomer: no savings yet, so nothing has to be withdrawn before she may leave.
        await page.GotoAsync("/console/kpb/MAWAR/anggota-baru");
        await page.GetByLabel("Nomor HP").FillAsync("0812-9999-0077");
        await page.GetByLabel("Ibu", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("Nama (tanpa Ibu/Bapak)").FillAsync("Siti Aminah");
        await page.GetByRole(AriaRole.Button, new() { Name = "Lanjut" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Ya, daftarkan" }).ClickAsync();
        await Assertions.Expect(page.Locator("#hasil")).ToBeVisibleAsync();

        await page.GotoAsync("/console/kpb/MAWAR");
        await page.GetByRole(AriaRole.Link, new() { Name = "Anggota keluar" }).ClickAsync();
        await page.GetByLabel("Anggota yang keluar").SelectOptionAsync(new SelectOptionValue { Value = Newcomer });
        await page.GetByRole(AriaRole.Button, new() { Name = "Lanjut" }).ClickAsync();
        await Assertions.Expect(page.Locator("#ringkasan")).ToContainTextAsync("Siti");
        await page.GetByRole(AriaRole.Button, new() { Name = "Ya, simpan" }).ClickAsync();
        await Assertions.Expect(page.Locator("#hasil")).ToContainTextAsync("sudah keluar dari KPB Mawar");

        var phone = await console.NewPageAsync();
        await phone.GotoAsync("/console/simulator");
        await OpenAsync(phone, Newcomer);
        await WriteAsync(phone, "SALDO");
        await Assertions.Expect(phone.Locator(".chat .bubble.reply").Last).ToContainTextAsync("ini hanya untuk anggota kelompok");
        await Assertions.Expect(phone.Locator(".chat .bubble.reply").Last).Not.ToContainTextAsync("tabungan Rp");
    }

    [SkippableFact]
    public async Task A_fortnightly_schedule_set_in_the_console_is_the_next_meeting_on_the_KPB_page()
    {
        await using var console = await ConsoleInBrowser.StartAsync();
        var page = await console.NewPageAsync();
        await console.SignInAsync(page, Rina);
        // Tomorrow in WIB: the first meeting is then the next one, whatever day the test runs.
        var first = DateOnly.FromDateTime(DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(7)).DateTime).AddDays(1);
        string[] days = ["Minggu", "Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu"];
        var day = days[(int)first.DayOfWeek];

        await page.GotoAsync("/console/kpb/MAWAR");
        await page.GetByRole(AriaRole.Link, new() { Name = "Ubah jadwal pertemuan" }).ClickAsync();
        await page.GetByLabel("Kekerapan").SelectOptionAsync(new SelectOptionValue { Value = "dwimingguan" });
        await page.GetByLabel("Hari").SelectOptionAsync(new SelectOptionValue { Value = day });
        await page.GetByLabel("Pertemuan pertama (wajib selain mingguan)").FillAsync(first.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await page.GetByRole(AriaRole.Button, new() { Name = "Lanjut" }).ClickAsync();
        var next = $"{day} {first.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)}";
        await Assertions.Expect(page.Locator("#ringkasan")).ToContainTextAsync($"dwimingguan (tiap 14 hari) mulai {next}");
        Assert.True(await page.EvaluateAsync<int>("document.documentElement.scrollWidth") <= ConsoleInBrowser.PhoneWidth);
        await ConsoleInBrowser.ScreenshotAsync(page, "jadwal-phone.png");
        await page.GetByRole(AriaRole.Button, new() { Name = "Ya, simpan" }).ClickAsync();
        await Assertions.Expect(page.Locator("#hasil")).ToContainTextAsync($"Pertemuan berikutnya: {next}.");
        await page.GetByRole(AriaRole.Link, new() { Name = "Kembali ke KPB Mawar" }).ClickAsync();

        await Assertions.Expect(page.Locator("#jadwal")).ToContainTextAsync($"Pertemuan rutin berikutnya: {next}.");
    }
}
