using System.Text.RegularExpressions;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using Pkkpm.Conversations.Engine;
using Pkkpm.Data.Monitoring;
using Pkkpm.Bot.Tests.Infrastructure;

namespace Pkkpm.Bot.Tests.Import;

/// <summary>
/// A demo that does not rot: seeds/this-week.txt names the week the demo was written in, and at
/// start every date moves by whole weeks to the clock's week. On the tests' clock (Friday 27
/// November 2026) nothing moves; a year later the demo looks the same: the same members in
/// arrears, the same savings and outstanding, on the same weekdays.
/// </summary>
public class DemoWeekTests
{
    [Fact]
    public async Task On_the_tests_clock_the_demo_is_loaded_as_written()
    {
        await using var app = new BotApplication();
        using var client = app.CreateClient();

        Assert.Equal("2026-11-26", await LatestEntryAsync(app));
        Assert.Equal("2026-07-02", await EarliestLoanAsync(app));
    }

    [Fact]
    public async Task A_year_later_the_demo_has_the_same_members_in_arrears_and_the_same_balances()
    {
        await using var now = new BotApplication();
        await using var later = new BotApplication();
        // A year on, the same weekday (Friday 26 November 2027): the demo moves by whole weeks, so a
        // Saturday would rightly find Friday's instalments a day late.
        later.Clock.SetUtcNow(BotApplication.Start.AddDays(52 * 7));
        var borrowers = (await File.ReadAllLinesAsync(Path.Combine(BotApplication.RepoFolder("seeds"), "loans.csv")))
            .Skip(1).Select(l => "+62" + l.Split(',')[0].TrimStart('0')).Distinct().ToList();

        var today = await SaldoAsync(now, borrowers);
        var aYearOn = await SaldoAsync(later, borrowers);

        var inArrears = await InArrearsAsync(now);
        Assert.Equal(13, inArrears.Count);
        Assert.Equal(inArrears, await InArrearsAsync(later));
        Assert.Equal(string.Join("\n", today), string.Join("\n", aYearOn));
        // Thursday 26 November 2026 is Thursday 25 November 2027: 52 weeks on, the same weekday.
        Assert.Equal("2027-11-25", await LatestEntryAsync(later));
    }

    /// <summary>Each borrower's SALDO with its dates left out (they move with the clock; the money must not).</summary>
    private static async Task<List<string>> SaldoAsync(BotApplication app, IEnumerable<string> phones)
    {
        var replies = new List<string>();
        foreach (var phone in phones)
            replies.Add(Regex.Replace((await app.Twilio.SmsAsync(phone, "saldo")).Reply, @"\b\d{1,2}/\d{1,2}\b", "d/M"));
        return replies;
    }

    /// <summary>The console's members in arrears today, past the due day (an instalment due today is not behind yet).</summary>
    private static async Task<List<string>> InArrearsAsync(BotApplication app)
    {
        var period = ReportPeriod.Custom(Wib.Today(app.Clock), Wib.Today(app.Clock));
        var members = await app.Services.GetRequiredService<MonitoringFigures>().GetMembersInArrearsAsync(MonitoringScope.Programme(), period);
        return [.. members.Where(m => m.DaysLate > 0).Select(m => $"{m.Name} {m.Arrears} {m.InstalmentsLate}x {m.DaysLate}d").Order()];
    }

    private static async Task<string> LatestEntryAsync(BotApplication app)
    {
        await using var connection = app.OpenDatabase();
        return (await connection.ExecuteScalarAsync<DateTime>("select max(occurred_on) from ledger_entries")).ToString("yyyy-MM-dd");
    }

    private static async Task<string> EarliestLoanAsync(BotApplication app)
    {
        await using var connection = app.OpenDatabase();
        return (await connection.ExecuteScalarAsync<DateTime>("select min(disbursed_on) from loans")).ToString("yyyy-MM-dd");
    }
}
