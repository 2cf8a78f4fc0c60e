using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Pkkpm.Bot.ProgrammeConsole.Access;
using Pkkpm.Bot.ProgrammeConsole.Dashboard;
using Pkkpm.Data;
using Pkkpm.Data.Monitoring;

namespace Pkkpm.Bot.ProgrammeConsole.Groups;

/// <summary>/console/kpb/{code}: one KPB's members and figures, for whoever may see that group.</summary>
public sealed class IndexModel(IDatabase database, MonitoringFigures figures, TimeProvider clock) : PageModel
{
    public ConsoleArea Area { get; private set; } = null!;
    public ConsolePeriod Period { get; private set; } = null!;
    public FigureSet Figures { get; private set; } = null!;
    public IReadOnlyList<MemberRow> Members { get; private set; } = [];
    public bool SeesVillage { get; private set; }
    public bool ManagesPeople { get; private set; }
    public string Schedule { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken cancellationToken)
    {
        var viewer = HttpContext.Viewer();
        var area = await ConsoleAreas.GroupAsync(viewer, database, code, cancellationToken);
        if (area is null) return NotFound();
        Area = area;
        SeesVillage = viewer.CanSeeVillage(area.Group!.Village);
        ManagesPeople = People.ManagedGroupPage.MayManagePeople(viewer);
        Period = ConsolePeriod.From(Request.Query, clock.GetUtcNow());
        var schedule = await GroupSchedules.ReadAsync(database, area.Group.GroupId, clock, cancellationToken);
        Schedule = $"Jadwal: {ScheduleRules.Describe(schedule)}. Pertemuan rutin berikutnya: {GroupSchedules.NextRoutine(schedule, clock)}.";
        Figures = await FigureSet.LoadAsync(figures, Area.Scope, Period.Period, cancellationToken,
            alongside: async shared => Members = await shared.GetMembersAsync(Area.Scope, area.Group.GroupId, Period.Period, cancellationToken));
        return Page();
    }
}
