using Microsoft.AspNetCore.Mvc.RazorPages;
using Pkkpm.Bot.ProgrammeConsole.Access;
using Pkkpm.Bot.ProgrammeConsole.Dashboard;
using Pkkpm.Data.Monitoring;

namespace Pkkpm.Bot.ProgrammeConsole.Home;

/// <summary>
/// The console's home is the dashboard of everything the viewer may see: their villages (programme
/// staff), their KPB by village, and every figure family for the chosen period.
/// </summary>
public sealed class IndexModel(MonitoringFigures figures, ProgrammeSnapshots snapshots, TimeProvider clock) : PageModel
{
    // A village has about 15 KPB; the whole programme tens of thousands, which is the villages' table's work.
    public const int GroupsListedUpTo = 100;

    public ConsoleViewer Viewer { get; private set; } = null!;
    public ConsoleArea Area { get; private set; } = null!;
    public ConsolePeriod Period { get; private set; } = null!;
    public FigureSet Figures { get; private set; } = null!;
    public IReadOnlyList<VillageRow> Villages { get; private set; } = [];
    public IReadOnlyList<GroupRow> Groups { get; private set; } = [];
    public bool GroupsShown { get; private set; } = true;

    /// <summary>Members' questions nobody answered yet (the inbox's count), for those who see the inbox; else null.</summary>
    public long? UnansweredQuestions { get; private set; }

    /// <summary>When the figures were taken, if they come from the programme snapshot rather than live.</summary>
    public DateTimeOffset? FiguresTakenAt { get; private set; }

    public string ScopeText => Viewer.Scope switch
    {
        ViewerScope.Programme => "Anda melihat seluruh program: semua desa dan semua KPB.",
        ViewerScope.Villages villages => $"Anda melihat desa {string.Join(", ", villages.Names)}.",
        ViewerScope.PendampingGroups => "Anda melihat KPB yang Anda dampingi.",
        _ => "Anda melihat KPB Anda sendiri.",
    };

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Viewer = HttpContext.Viewer();
        Period = ConsolePeriod.From(Request.Query, clock.GetUtcNow());
        Area = ConsoleAreas.Whole(Viewer);
        // The whole programme's figures from the snapshot when it holds this period; live otherwise.
        var snapshot = Viewer.Scope is ViewerScope.Programme ? snapshots.Current : null;
        var taken = snapshot?.Find(Period.Period);
        if (taken is not null) FiguresTakenAt = snapshot!.TakenAt;
        if (taken is not null)
        {
            Villages = taken.Villages;
            Figures = taken.Figures;
            await ListGroupsAsync(figures, cancellationToken);
        }
        else Figures = await FigureSet.LoadAsync(figures, Area.Scope, Period.Period, cancellationToken, alongside: shared => ListAsync(shared, cancellationToken));
        if (Inbox.IndexModel.MaySee(Viewer)) UnansweredQuestions = await figures.GetUnansweredQuestionsAsync(Area.Scope, cancellationToken);
    }

    // Programme staff see their villages; everyone sees the KPB when there are few enough to list.
    // (With the figures of the page's loan book, when the list is read alongside them.)
    private async Task ListAsync(MonitoringFigures reading, CancellationToken cancellationToken)
    {
        if (Viewer.Scope is ViewerScope.Programme or ViewerScope.Villages)
            Villages = await reading.GetVillagesAsync(Area.Scope, Period.Period, cancellationToken);
        await ListGroupsAsync(reading, cancellationToken);
    }

    private async Task ListGroupsAsync(MonitoringFigures reading, CancellationToken cancellationToken)
    {
        if (Viewer.Scope is ViewerScope.Programme or ViewerScope.Villages) GroupsShown = Villages.Sum(v => v.Groups) <= GroupsListedUpTo;
        if (GroupsShown) Groups = await reading.GetGroupsAsync(Area.Scope, Period.Period, cancellationToken);
    }
}
