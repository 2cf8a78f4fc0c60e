using Microsoft.Playwright;
using static Pkkpm.Browser.Tests.SimulatorChat;

namespace Pkkpm.Browser.Tests;

/// <summary>
/// A member's new phone, changed by her pendamping in the console: after "Ya" her new number is
/// told and asks SALDO as her (the simulator chats through the webhook Twilio calls).
/// </summary>
public class NumberChangeBrowserTests
{
    private const string Rina = "+628123400001";    // pendamping of MAWAR, MELATI, ANGGREK, KENANGA
    private const string Sumarni = "+628123400106"; // anggota of KPB Mawar
    private const string NewNumber = "+6281377770106";

    [SkippableFact]
    public async Task A_number_changed_in_the_console_is_told_and_answers_SALDO_as_her()
    {
        await using var console = await ConsoleInBrowser.StartAsync();
        var page = await console.NewPageAsync();
        await console.SignInAsync(page, Rina);

        await page.GotoAsync("/console/kpb/MAWAR");
        await page.GetByRole(AriaRole.Link, new() { Name = "Ganti nomor HP" }).ClickAsync();
        await page.GetByLabel("Anggota").SelectOptionAsync(new SelectOptionValue { Value = Sumarni });
        await page.GetByLabel("Nomor HP baru").FillAsync("0813-7777-0106");
        await page.GetByRole(AriaRole.Button, new() { Name = "Lanjut" }).ClickAsync();
        await Assertions.Expect(page.Locator("#ringkasan")).ToContainTextAsync("Sumarni");
        await page.GetByRole(AriaRole.Button, new() { Name = "Ya, ganti" }).ClickAsync();
        await Assertions.Expect(page.Locator("#hasil")).ToBeVisibleAsync();

        var phone = await console.NewPageAsync();
        await phone.GotoAsync("/console/simulator");
        await OpenAsync(phone, NewNumber);
        await Assertions.Expect(phone.Locator("#percakapan")).ToContainTextAsync("Sumarni");
        await Assertions.Expect(phone.Locator(".chat.outbox .bubble").First).ToBeVisibleAsync();
        await WriteAsync(phone, "SALDO");
        await Assertions.Expect(phone.Locator(".chat .bubble.reply").Last).ToContainTextAsync("tabungan Rp");
    }
}
