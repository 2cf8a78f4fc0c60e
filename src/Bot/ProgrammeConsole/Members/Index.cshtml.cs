using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Pkkpm.Bot.ProgrammeConsole.Access;
using Pkkpm.Bot.ProgrammeConsole.Dashboard;
using Pkkpm.Data;
using Pkkpm.Data.Console;
using Pkkpm.Data.Monitoring;

namespace Pkkpm.Bot.ProgrammeConsole.Members;

/// <summary>/console/anggota/{id}: a member's statement, read-only: every entry with its code, who recorded it and from where.</summary>
public sealed class IndexModel(IDatabase database, MonitoringFigures figures) : PageModel
{
    public ConsoleArea Area { get; private set; } = null!;
    public bool GetsReminder { get; private set; }
    public bool SwitchesReminder { get; private set; }
    public IReadOnlyList<(ConsolePeople.Group Group, IReadOnlyList<StatementRow> Entries)> Statements { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken cancellationToken)
    {
        var area = await ConsoleAreas.MemberAsync(HttpContext.Viewer(), database, id, cancellationToken);
        if (area is null) return NotFound();
        Area = area;
        var statements = new List<(ConsolePeople.Group, IReadOnlyList<StatementRow>)>();
        foreach (var group in area.Member!.Groups) // one group, rarely two
            statements.Add((group, await figures.GetStatementAsync(area.Scope, group.GroupId, id, cancellationToken)));
        Statements = statements;
        GetsReminder = await ReminderSwitch.IsOnAsync(database, id, cancellationToken);
        SwitchesReminder = People.ManagedGroupPage.MayManagePeople(HttpContext.Viewer());
        return Page();
    }
}
