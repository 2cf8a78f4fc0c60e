using System.Globalization;
using Microsoft.Playwright;
using static Pkkpm.Browser.Tests.SimulatorChat;

namespace Pkkpm.Browser.Tests;

/// <summary>
/// A pendamping calls a meeting in the console; the summary is the chat's, and after "Ya" the
/// members' phones get the invitation, as after RAPAT by SMS.
/// </summary>
public class MeetingBrowserTests
{
    private const string Rina = "+628123400001";    // pendamping of MAWAR, MELATI, ANGGREK, KENANGA
    private const string Sumarni = "+628123400106"; // anggota of KPB Mawar

    [SkippableFact]
    public async Task A_meeting_called_in_the_console_reaches_the_members_phones()
    {
        await using var console = await ConsoleInBrowser.StartAsync();
        var pendamping = await console.NewPageAsync(ConsoleInBrowser.DesktopWidth);
        await console.SignInAsync(pendamping, Rina);
        await pendamping.GotoAsync("/console/rapat");
        // The service runs on the real clock: two days ahead is never in the past nor too near.
        var day = DateTime.UtcNow.AddHours(7).Date.AddDays(2).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        await pendamping.GetByLabel("Kelompok", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Value = "MAWAR" });
        await pendamping.GetByLabel("Tanggal").FillAsync(day);
        await pendamping.GetByLabel("Jam (WIB)").FillAsync("15:00");
        await pendamping.GetByLabel("Tempat").FillAsync("Balai Desa Tes");
        await pendamping.GetByRole(AriaRole.Button, new() { Name = "Lanjut" }).ClickAsync();
        await Assertions.Expect(pendamping.Locator("#ringkasan")).ToContainTextAsync("Balai Desa Tes");
        await pendamping.GetByRole(AriaRole.Button, new() { Name = "Ya, kirim undangan" }).ClickAsync();
        await Assertions.Expect(pendamping.Locator("#hasil")).ToBeVisibleAsync();

        var phone = await console.NewPageAsync();
        await phone.GotoAsync("/console/simulator");
        // The invitations are queued by the fan-out just after "Ya": open the phone until hers is there.
        var invitation = phone.Locator(".chat.outbox .bubble").Filter(new() { HasText = "Balai Desa Tes" });
        for (var attempt = 0; attempt < 20 && await invitation.CountAsync() == 0; attempt++)
        {
            await OpenAsync(phone, Sumarni);
            if (await invitation.CountAsync() == 0) await Task.Delay(500);
        }
        await Assertions.Expect(invitation.First).ToContainTextAsync("15.00");
    }
}
