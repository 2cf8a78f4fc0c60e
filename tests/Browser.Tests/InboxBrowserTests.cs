using Microsoft.Playwright;
using static Pkkpm.Browser.Tests.SimulatorChat;

namespace Pkkpm.Browser.Tests;

/// <summary>
/// A person to ask: a member's TANYA (sent in the simulator, through the webhook Twilio calls)
/// waits in her pendamping's inbox, and the answer typed there reaches the member's phone.
/// </summary>
public class InboxBrowserTests
{
    private const string Rina = "+628123400001";    // pendamping of MAWAR, MELATI, ANGGREK, KENANGA
    private const string Sumarni = "+628123400106"; // anggota of KPB Mawar

    [SkippableFact]
    public async Task A_members_question_waits_in_the_inbox_and_the_answer_typed_there_reaches_her_phone()
    {
        await using var console = await ConsoleInBrowser.StartAsync();
        var phone = await console.NewPageAsync();
        await phone.GotoAsync("/console/simulator");
        await OpenAsync(phone, Sumarni);
        await WriteAsync(phone, "TANYA bu, kapan pelatihan pembukuan?");
        await Assertions.Expect(phone.Locator(".chat .bubble.reply").Last).ToContainTextAsync("Rina");

        var pendamping = await console.NewPageAsync(ConsoleInBrowser.DesktopWidth);
        await console.SignInAsync(pendamping, Rina);
        await pendamping.GotoAsync("/console/pertanyaan");
        var question = pendamping.Locator("#daftar-pertanyaan li").Filter(new() { HasText = "kapan pelatihan pembukuan" });
        await Assertions.Expect(question).ToContainTextAsync("belum dijawab");
        await question.GetByLabel("Jawaban untuk").FillAsync("Kamis depan jam 9 di balai desa");
        await question.GetByRole(AriaRole.Button, new() { Name = "Kirim jawaban" }).ClickAsync();
        await Assertions.Expect(pendamping.Locator("#terkirim")).ToBeVisibleAsync();
        await Assertions.Expect(pendamping.Locator("#daftar-pertanyaan li").Filter(new() { HasText = "kapan pelatihan pembukuan" }))
            .ToContainTextAsync("dijawab 1x");

        await OpenAsync(phone, Sumarni);
        await Assertions.Expect(phone.Locator(".chat.outbox .bubble").Filter(new() { HasText = "Jawaban dari Pendamping" }))
            .ToContainTextAsync("Kamis depan jam 9 di balai desa");
    }
}
