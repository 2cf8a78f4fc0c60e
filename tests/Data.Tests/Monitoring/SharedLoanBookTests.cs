using Pkkpm.Data.Monitoring;
using static Pkkpm.Data.Tests.Infrastructure.Fixture;
using static Pkkpm.Data.Tests.Monitoring.MonitoringData;

namespace Pkkpm.Data.Tests.Monitoring;

/// <summary>
/// A page's reads on one connection read each loan book once and must give exactly what reads on
/// their own give: for every family that reads the book, for two periods and two scopes in one go
/// (each its own book), and again afterwards.
/// </summary>
public class SharedLoanBookTests
{
    [SkippableTheory, Providers]
    public async Task Reads_sharing_a_loan_book_give_the_figures_of_reads_on_their_own(string provider)
    {
        await using var db = await CreateAsync(provider);
        await AddSavingsAsync(db);
        await AddRepaymentsAsync(db);
        var figures = new MonitoringFigures(db.Database);
        var before = ReportPeriod.Week(Day(11, 18));
        var rina = MonitoringScope.OfPendamping(Rina);

        var alone = await ReadAllAsync(figures);
        for (var time = 0; time < 2; time++)
        {
            var shared = await figures.SharingLoanBookAsync(ReadAllAsync);
            Assert.Equal(alone, shared);
        }

        async Task<string> ReadAllAsync(MonitoringFigures f)
        {
            var lines = new List<string>();
            foreach (var (scope, period) in new[] { (MonitoringScope.Programme(), Week), (MonitoringScope.Programme(), before), (rina, Week) })
            {
                var loans = await f.GetLoansAsync(scope, period);
                lines.Add($"{loans.RunningLoans} {loans.Outstanding} {loans.Due} {loans.PaidAgainstDue} {loans.OutstandingOver30Days} {string.Join(",", loans.Arrears)}");
                lines.AddRange((await f.GetMembersInArrearsAsync(scope, period)).Select(m => m.ToString()));
                lines.AddRange((await f.GetVillagesAsync(scope, period)).Select(v => v.ToString()));
                lines.AddRange((await f.GetGroupsAsync(scope, period)).Select(g => g.ToString()));
                lines.AddRange((await f.GetMembersAsync(scope, Mawar, period)).Select(m => m.ToString()));
            }
            return string.Join("\n", lines);
        }
    }
}
