using Dapper;
using Pkkpm.Bot.ProgrammeConsole.Exports;
using Pkkpm.Bot.Tests.Infrastructure;
using Pkkpm.Data.Monitoring;

namespace Pkkpm.Bot.Tests.Exports;

/// <summary>What the service records reaches the exports: the ledger with its codes and sources, arrears, the trend.</summary>
public class StatementExportTests
{
    private const string Bendahara = "+6281211110003";

    [Fact]
    public async Task A_deposit_made_by_sms_appears_in_the_statement_export_with_its_code_and_source()
    {
        using var seeds = SeedFolder.Mawar();
        await using var app = new BotApplication(seeds.Path);
        await app.Twilio.SmsAsync(Bendahara, "SETOR 1 50rb");
        var saved = await app.Twilio.SmsAsync(Bendahara, "YA");
        var code = Books.CodeIn(saved.Reply);
        await using var connection = app.OpenDatabase();
        var (groupId, personId) = await connection.QuerySingleAsync<(long, long)>(
            "select g.id, p.id from groups g, people p where g.code = 'MAWAR' and p.name = 'Sri Wahyuni'");

        var statement = await new MonitoringFigures(app.Database).GetStatementAsync(MonitoringScope.Programme(), groupId, personId);
        var table = MonitoringExports.Statement("Rekening Sri Wahyuni", statement);

        var row = Assert.Single(table.Rows, r => r[1].TextValue == code);
        Assert.Equal(50_000, row[3].Number);
        Assert.Equal(("Endang Susilowati", "bendahara", "sms"), (row[6].TextValue, row[7].TextValue, row[8].TextValue));
        Assert.Equal(new DateOnly(2026, 11, 27), row[0].DateValue);
        Assert.Contains(table.Rows, r => r[8].TextValue == "import" && r[9].TextValue is not null);
    }

    [Fact]
    public async Task The_seeded_loan_in_arrears_is_in_the_arrears_export()
    {
        using var seeds = SeedFolder.Mawar();
        await using var app = new BotApplication(seeds.Path);
        var period = ReportPeriod.WeekOf(app.Clock.GetUtcNow());
        var figures = new MonitoringFigures(app.Database);

        var arrears = MonitoringExports.ArrearsList("Tunggakan", await figures.GetMembersInArrearsAsync(MonitoringScope.Programme(), period));
        var trend = MonitoringExports.WeeklyTrend("Tren", await figures.GetWeeklyTrendAsync(MonitoringScope.Programme(), period.To));

        Assert.Contains(arrears.Rows, r => r[0].TextValue == "Tri Lestari" && r[1].TextValue == "MELATI" && r[4].Number > 0);
        Assert.Equal(MonitoringFigures.TrendWeeks, trend.Rows.Count);
        Assert.All(arrears.Rows, r => Assert.Equal(arrears.Headers.Count, r.Count));
        Assert.All(trend.Rows, r => Assert.Equal(trend.Headers.Count, r.Count));
    }
}
