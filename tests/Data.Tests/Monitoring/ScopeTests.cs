using Pkkpm.Data.Monitoring;
using static Pkkpm.Data.Tests.Infrastructure.Fixture;
using static Pkkpm.Data.Tests.Monitoring.MonitoringData;

namespace Pkkpm.Data.Tests.Monitoring;

/// <summary>A figure counts only the groups its viewer may see, and a drill-down never widens them.</summary>
public class ScopeTests
{
    [SkippableTheory, Providers]
    public async Task A_pendampings_figures_count_only_their_groups(string provider)
    {
        await using var db = await CreateAsync(provider);
        await AddSavingsAsync(db);
        var figures = new MonitoringFigures(db.Database);

        var rina = await figures.GetSavingsAsync(MonitoringScope.OfPendamping(Rina), Week);
        var dewi = await figures.GetSavingsAsync(MonitoringScope.OfPendamping(Dewi), Week);
        var programme = await figures.GetSavingsAsync(MonitoringScope.Programme(), Week);

        // Mawar 10,000 + 5,000 + 20,000 + 25,000 and Melati 30,000; Kenanga 40,000.
        Assert.Equal((6L, 90_000L), (rina.Members, rina.Deposits));
        Assert.Equal((1L, 40_000L), (dewi.Members, dewi.Deposits));
        Assert.Equal((7L, 130_000L), (programme.Members, programme.Deposits));
    }

    [SkippableTheory, Providers]
    public async Task Villages_groups_and_narrowing_stay_inside_the_scope(string provider)
    {
        await using var db = await CreateAsync(provider);
        await AddSavingsAsync(db);
        var figures = new MonitoringFigures(db.Database);

        var kaliwungu = await figures.GetSavingsAsync(MonitoringScope.OfVillages(["Kaliwungu"]), Week);
        var melati = await figures.GetSavingsAsync(MonitoringScope.OfGroup(Melati), Week);
        var rinaInKaliwungu = await figures.GetSavingsAsync(MonitoringScope.OfPendamping(Rina).ToVillage("Kaliwungu"), Week);
        var rinaInMelati = await figures.GetSavingsAsync(MonitoringScope.OfPendamping(Rina).ToGroup(Melati), Week);
        var kenangaForRina = await figures.GetMembersAsync(MonitoringScope.OfPendamping(Rina), Kenanga, Week);
        var statementForRina = await figures.GetStatementAsync(MonitoringScope.OfPendamping(Rina), Kenanga, Tini);

        Assert.Equal(40_000, kaliwungu.Deposits);
        Assert.Equal(30_000, melati.Deposits);
        Assert.Equal((0L, 0L), (rinaInKaliwungu.Members, rinaInKaliwungu.Deposits));
        Assert.Equal((2L, 30_000L), (rinaInMelati.Members, rinaInMelati.Deposits));
        Assert.Empty(kenangaForRina);
        Assert.Empty(statementForRina);
    }

    [SkippableTheory, Providers]
    public async Task A_pemantau_listed_for_more_villages_than_a_statement_takes_parameters_sees_just_those(string provider)
    {
        await using var db = await CreateAsync(provider);
        await AddSavingsAsync(db);
        var figures = new MonitoringFigures(db.Database);
        // SQLite takes at most 32,766 parameters in a statement; the villages go as one.
        var scope = MonitoringScope.OfVillages(Enumerable.Range(1, 40_000).Select(i => $"Desa {i}'an").Append("Kaliwungu"));

        var savings = await figures.GetSavingsAsync(scope, Week);
        var villages = await figures.GetVillagesAsync(scope, Week);
        var followUp = await figures.GetFollowUpAsync(scope);

        Assert.Equal((1L, 40_000L), (savings.Members, savings.Deposits));
        Assert.Equal(["Kaliwungu"], villages.Select(v => v.Village));
        Assert.Equal(0, followUp.OptedOut);
    }

    [SkippableTheory, Providers]
    public async Task The_drill_down_lists_villages_then_groups_then_members(string provider)
    {
        await using var db = await CreateAsync(provider);
        await AddSavingsAsync(db);
        await AddRepaymentsAsync(db);
        var figures = new MonitoringFigures(db.Database);

        var villages = await figures.GetVillagesAsync(MonitoringScope.Programme(), Week);
        var groups = await figures.GetGroupsAsync(MonitoringScope.Programme().ToVillage("Sumberejo"), Week);
        var members = await figures.GetMembersAsync(MonitoringScope.Programme(), Mawar, Week);

        Assert.Equal(["Kaliwungu", "Sumberejo"], villages.Select(v => v.Village));
        var sumberejo = villages[1];
        Assert.Equal((2L, 6L, 90_000L), (sumberejo.Groups, sumberejo.Figures.Members, sumberejo.Figures.Deposits));
        Assert.Equal(["MAWAR", "MELATI"], groups.Select(g => g.Code));
        // Mawar's savings held: Yuli's 7,000 from the Sunday before, the week's 60,000 less Sri's 5,000 withdrawal.
        Assert.Equal(62_000, groups[0].Figures.SavingsBalance);
        Assert.Equal((1_100_000L - 110_000, 275_000L, 1L), (groups[0].Figures.Outstanding, groups[0].Figures.Arrears, groups[0].Figures.LoansInArrears));
        Assert.Equal(["Sri Wahyuni", "Endang Susilowati", "Painem", "Yuli Astuti"], members.Select(m => m.Name));
        var painem = members[2];
        // Her repayments were in October: none in the week.
        Assert.Equal((25_000L, 25_000L, 0L, 990_000L, 275_000L), (painem.Figures.SavingsBalance, painem.Figures.Deposits,
            painem.Figures.Repayments, painem.Figures.Outstanding, painem.Figures.Arrears));
    }
}
