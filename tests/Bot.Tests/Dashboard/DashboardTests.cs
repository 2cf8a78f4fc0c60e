using System.Net;
using System.Text.RegularExpressions;
using Pkkpm.Bot.Tests.Infrastructure;
using Pkkpm.Bot.Tests.SignIn;
using Pkkpm.Data.Monitoring;

namespace Pkkpm.Bot.Tests.Dashboard;

/// <summary>The dashboard, a KPB's page and a member's statement show what the service recorded, with every figure defined.</summary>
public partial class DashboardTests
{
    private const string Endang = "+628123400103", Sri = "+628123400101", Dewi = "+628123400005";

    [Fact]
    public async Task A_deposit_made_by_a_signed_sms_appears_in_the_savings_the_statement_and_the_groups_ledger_export()
    {
        await using var app = new BotApplication();
        using var browser = new ConsoleBrowser(app);
        await browser.SignInAsync(Sri);
        var before = Rupiah(DepositsIn(await browser.HomeAsync()));

        await app.Twilio.SmsAsync(Endang, "SETOR 4 77rb");
        var code = Books.CodeIn((await app.Twilio.SmsAsync(Endang, "YA")).Reply);
        var home = await browser.HomeAsync();
        var group = await PageAsync(browser, "/console/kpb/MAWAR?periode=minggu");
        var ledger = await browser.Client.GetStringAsync("/console/ekspor/rekening.csv?kpb=MAWAR&periode=minggu");
        var memberId = Regex.Match(group, "href=\"/console/anggota/(\\d+)\">Sri Lestari<").Groups[1].Value;
        var statement = await PageAsync(browser, $"/console/anggota/{memberId}");

        Assert.Equal(before + 77_000, Rupiah(DepositsIn(home)));
        Assert.Equal(before + 77_000, Rupiah(DepositsIn(group)));
        Assert.Contains($"Sri Lestari,MAWAR,Sumberejo,2026-11-27,{code},setoran,77000,,,Endang Susilowati,bendahara,sms,", ledger);
        Assert.Matches($"<code>{code}</code></td><td>setoran</td>\\s*<td class=\"num\">Rp77.000</td><td>Endang Susilowati \\(bendahara\\)</td>\\s*<td>sms", statement);
    }

    [Fact]
    public async Task Every_figure_family_is_on_the_dashboard_with_its_definition_and_three_trend_charts_with_their_numbers()
    {
        await using var app = new BotApplication();
        using var browser = new ConsoleBrowser(app);
        await browser.SignInAsync(Dewi);

        var page = WebUtility.HtmlDecode(await browser.HomeAsync());

        string[] definitions =
        [
            MeetingFigures.HeldDefinition, MeetingFigures.DueDefinition, AttendanceFigures.PeriodDefinition, AttendanceFigures.LastFourDefinition,
            SavingsFigures.DepositsDefinition, SavingsFigures.WithdrawalsDefinition, SavingsFigures.SavingsPerMemberDefinition, SavingsFigures.RegularityDefinition,
            LoanFigures.DisbursedDefinition, LoanFigures.OutstandingDefinition, LoanFigures.RepaymentRateDefinition, LoanFigures.Par30Definition,
            LoanFigures.ArrearsDefinition, MemberInArrears.Definition, FollowUpFigures.OpenDisputesDefinition, FollowUpFigures.WaitingReportsDefinition,
            FollowUpFigures.OptedOutDefinition, FollowUpFigures.TipSubscribersDefinition, OutboundFigures.DeliveryDefinition,
            OutboundFigures.SegmentsDefinition, WeeklyTrendPoint.Definition, AreaSummary.Definition,
        ];
        foreach (var definition in definitions) Assert.Contains(definition, page);
        foreach (var chart in new[] { "grafik-setoran", "grafik-angsuran", "grafik-hadir" })
            Assert.Matches($"<svg class=\"chart\" id=\"{chart}\" role=\"img\" aria-labelledby=\"{chart}-judul\"[^>]*><title id=\"{chart}-judul\">", page);
        Assert.Equal(MonitoringFigures.TrendWeeks, Regex.Matches(Regex.Match(page, "<table id=\"tabel-tren\">.*?</table>", RegexOptions.Singleline).Value, "<tr><td>").Count);
        Assert.Contains("<rect ", page); // the demo's savings draw bars
        Assert.Matches("<a href=\"/console/anggota/\\d+\">[^<]+</a></td><td><a href=\"/console/kpb/[A-Z]+", page); // arrears link to statements
        foreach (var village in new[] { "Sumberejo", "Ngargorejo", "Jetak" }) Assert.Contains($"href=\"/console/desa/{village}\"", page);
    }

    [Fact]
    public async Task The_period_is_chosen_in_the_query_string_and_a_bad_one_falls_back_to_this_week_with_a_word_why()
    {
        await using var app = new BotApplication();
        using var browser = new ConsoleBrowser(app);
        await browser.SignInAsync(Dewi);

        var week = await browser.HomeAsync();
        var month = await PageAsync(browser, "/console?periode=bulan");
        var custom = await PageAsync(browser, "/console/kpb/MAWAR?periode=pilih&dari=2026-07-01&sampai=2026-11-27");
        var backwards = await PageAsync(browser, "/console?periode=pilih&dari=2026-11-27&sampai=2026-07-01");

        Assert.Contains("Minggu ini (23/11/2026 - 29/11/2026)", week);
        Assert.Contains("Bulan ini (01/11/2026 - 30/11/2026)", month);
        Assert.Contains("01/07/2026 - 27/11/2026", custom);
        Assert.Contains("href=\"/console/ekspor/rekening.csv?kpb=MAWAR&amp;periode=pilih&amp;dari=2026-07-01&amp;sampai=2026-11-27\"", custom);
        Assert.True(Rupiah(DepositsIn(custom)) > Rupiah(DepositsIn(week)));
        Assert.Contains("Tanggal sampai harus sesudah tanggal dari", backwards);
        Assert.Contains("Minggu ini (23/11/2026 - 29/11/2026)", backwards);
    }

    [Fact]
    public async Task Downloads_are_named_files_of_the_chosen_table_area_and_period()
    {
        await using var app = new BotApplication();
        using var browser = new ConsoleBrowser(app);
        await browser.SignInAsync(Dewi);

        var arrears = await browser.Client.GetAsync("/console/ekspor/tunggakan.csv?desa=Sumberejo&periode=bulan");
        var groups = await browser.Client.GetAsync("/console/ekspor/kelompok.xlsx?periode=minggu");
        var wrongFormat = await browser.Client.GetAsync("/console/ekspor/tunggakan.pdf");
        var unknownTable = await browser.Client.GetAsync("/console/ekspor/gaji.csv");

        Assert.Equal("text/csv; charset=utf-8", arrears.Content.Headers.ContentType!.ToString());
        Assert.Equal("tunggakan-desa-sumberejo-2026-11-01-2026-11-30.csv", arrears.Content.Headers.ContentDisposition!.FileName);
        Assert.Equal("attachment", arrears.Content.Headers.ContentDisposition.DispositionType);
        var csv = await arrears.Content.ReadAsStringAsync();
        var lines = csv.TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("Nama,Kode kelompok,Kelompok,Desa,Tunggakan,", lines[0]);
        Assert.All(lines.Skip(1), line => Assert.Contains(",Sumberejo,", line));
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", groups.Content.Headers.ContentType!.ToString());
        Assert.Equal("kelompok-semua-2026-11-23-2026-11-29.xlsx", groups.Content.Headers.ContentDisposition!.FileName);
        using var workbook = new ClosedXML.Excel.XLWorkbook(await groups.Content.ReadAsStreamAsync());
        Assert.Equal(7, workbook.Worksheet(1).RowsUsed().Count()); // the header and six KPB
        Assert.Equal(HttpStatusCode.NotFound, wrongFormat.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknownTable.StatusCode);
    }

    [Fact]
    public async Task Console_pages_say_their_server_time_in_a_Server_Timing_header()
    {
        await using var app = new BotApplication();
        using var browser = new ConsoleBrowser(app);
        await browser.SignInAsync(Dewi);

        foreach (var path in new[] { "/console", "/console/desa/Jetak", "/console/kpb/DAHLIA", "/console/ekspor/tren.csv" })
        {
            var response = await browser.Client.GetAsync(path);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Matches(@"^app;dur=\d+\.\d$", Assert.Single(response.Headers.GetValues("Server-Timing")));
        }
    }

    private static async Task<string> PageAsync(ConsoleBrowser browser, string path)
    {
        var response = await browser.Client.GetAsync(path);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {response.StatusCode}");
        return await response.Content.ReadAsStringAsync();
    }

    private static string DepositsIn(string page) => DepositsFigure().Match(page) is { Success: true } match
        ? match.Groups[1].Value
        : throw new Xunit.Sdk.XunitException("No deposits figure on the page");

    private static long Rupiah(string text) => long.Parse(text.Replace("Rp", "").Replace(".", ""), System.Globalization.CultureInfo.InvariantCulture);

    [GeneratedRegex("id=\"angka-setoran\">([^<]+)<")]
    private static partial Regex DepositsFigure();
}
