using Microsoft.Playwright;
using static Pkkpm.Browser.Tests.SimulatorChat;

namespace Pkkpm.Browser.Tests;

/// <summary>
/// A new bendahara named in the console: after "Ya" she is told by SMS and records a deposit by
/// chat (the simulator goes through the webhook Twilio calls).
/// </summary>
public class OfficerBrowserTests
{
    private const string Rina = "+628123400001";    // pendamping of MAWAR, MELATI, ANGGREK, KENANGA
    private const string Sumarni = "+628123400106"; // anggota of KPB Mawar

    [SkippableFact]
    public async Task A_bendahara_named_in_the_console_is_told_and_records_deposits()
    {
        await using var console = await ConsoleInBrowser.StartAsync();
        var page = await console.NewPageAsync();
        await console.SignInAsync(page, Rina);

        await page.GotoAsync("/console/kpb/MAWAR");
        await page.GetByRole(AriaRole.Link, new() { Name = "Ganti ketua atau bendahara" }).ClickAsync();
        await page.GetByLabel("Bendahara", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("Anggota yang ditunjuk").SelectOptionAsync(new SelectOptionValue { Value = Sumarni });
        await page.GetByRole(AriaRole.Button, new() { Name = "Lanjut" }).ClickAsync();
        await Assertions.Expect(page.Locator("#ringkasan")).ToContainTextAsync("bendahara");
        await page.GetByRole(AriaRole.Button, new() { Name = "Ya, simpan" }).ClickAsync();
        await Assertions.Expect(page.Locator("#hasil")).ToBeVisibleAsync();

        var phone = await console.NewPageAsync();
        await phone.GotoAsync("/console/simulator");
        await OpenAsync(phone, Sumarni);
        await Assertions.Expect(phone.Locator(".chat.outbox .bubble").Filter(new() { HasText = "bendahara" }).First).ToBeVisibleAsync();
        await WriteAsync(phone, "SETOR 1 20rb");
        await Assertions.Expect(phone.Locator(".chat .bubble.reply").Last).ToContainTextAsync("Balas YA");
    }
}
