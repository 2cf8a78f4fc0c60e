using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Pkkpm.Browser.Tests.SimulatorChat;

namespace Pkkpm.Browser.Tests;

/// <summary>
/// The loop the console is for: a treasurer records a deposit by SMS (here, in the simulator, through
/// the same webhook Twilio calls), and the pendamping sees it at once on the KPB page and in the
/// ledger she downloads, with the code the member's receipt shows.
/// </summary>
public partial class DepositBrowserTests
{
    private const string Rina = "+628123400001";   // pendamping of MAWAR, MELATI, ANGGREK, KENANGA
    private const string Endang = "+628123400103"; // bendahara of KPB Mawar
    private const string Sumarni = "+628123400106"; // anggota of KPB Mawar

    [SkippableFact]
    public async Task A_treasurers_deposit_in_the_simulator_appears_on_the_KPB_page_and_in_the_ledger_download()
    {
        await using var console = await ConsoleInBrowser.StartAsync();
        var pendamping = await console.NewPageAsync(ConsoleInBrowser.DesktopWidth);
        await console.SignInAsync(pendamping, Rina);
        await pendamping.GotoAsync("/console/kpb/MAWAR");
        var before = Rupiah(await pendamping.Locator("#angka-setoran").InnerTextAsync());

        var phone = await console.NewPageAsync();
        await phone.GotoAsync("/console/simulator");
        await OpenAsync(phone, Endang);
        await WriteAsync(phone, "SETOR Sumarni 50rb");
        await Assertions.Expect(phone.Locator(".chat .bubble.reply").Last).ToContainTextAsync("Balas YA");
        await WriteAsync(phone, "ya");
        await Assertions.Expect(phone.Locator(".chat .bubble.reply").Last).ToContainTextAsync("Tersimpan");
        await OpenAsync(phone, Sumarni);
        var receipt = phone.Locator(".chat.outbox .bubble").Filter(new() { HasText = "Rp50.000" });
        await Assertions.Expect(receipt).ToContainTextAsync("SALAH");
        var code = DisputeCode().Match(await receipt.InnerTextAsync()).Groups["code"].Value;
        Assert.NotEmpty(code);

        await pendamping.ReloadAsync();
        Assert.Equal(before + 50_000, Rupiah(await pendamping.Locator("#angka-setoran").InnerTextAsync()));

        var download = await pendamping.RunAndWaitForDownloadAsync(() =>
            pendamping.Locator("a[href^='/console/ekspor/rekening.csv?kpb=MAWAR']").ClickAsync());
        var lines = await File.ReadAllLinesAsync(await download.PathAsync());
        var entry = Assert.Single(lines, line => line.Contains($",{code},", StringComparison.Ordinal));
        Assert.StartsWith("Sumarni,MAWAR,Sumberejo,", entry, StringComparison.Ordinal);
        Assert.Contains(",50000,", entry, StringComparison.Ordinal);
        Assert.Contains(",Endang Susilowati,bendahara,sms,", entry, StringComparison.Ordinal);
    }

    private static long Rupiah(string shown) => long.Parse(NotDigits().Replace(shown, ""), System.Globalization.CultureInfo.InvariantCulture);

    [GeneratedRegex(@"SALAH (?<code>\S+)")]
    private static partial Regex DisputeCode();

    [GeneratedRegex(@"\D")]
    private static partial Regex NotDigits();
}
