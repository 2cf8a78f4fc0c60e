using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Pkkpm.Bot.ProgrammeConsole.Access;
using Pkkpm.Bot.ProgrammeConsole.Dashboard;
using Pkkpm.Data;
using Pkkpm.Data.Monitoring;

namespace Pkkpm.Bot.ProgrammeConsole.Villages;

/// <summary>/console/desa/{village}: a village's KPB and figures, for programme staff and that village's pemantau.</summary>
public sealed class IndexModel(IDatabase database, MonitoringFigures figures, TimeProvider clock) : PageModel
{
    public ConsoleArea Area { get; private set; } = null!;
    public ConsolePeriod Period { get; private set; } = null!;
    public FigureSet Figures { get; private set; } = null!;
    public IReadOnlyList<GroupRow> Groups { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string village, CancellationToken cancellationToken)
    {
        var area = await ConsoleAreas.VillageAsync(HttpContext.Viewer(), database, village, cancellationToken);
        if (area is null) return NotFound();
        Area = area;
        Period = ConsolePeriod.From(Request.Query, clock.GetUtcNow());
        Figures = await FigureSet.LoadAsync(figures, Area.Scope, Period.Period, cancellationToken,
            alongside: async shared => Groups = await shared.GetGroupsAsync(Area.Scope, Period.Period, cancellationToken));
        return Page();
    }
}
