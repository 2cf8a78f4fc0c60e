using Microsoft.AspNetCore.Mvc.RazorPages;
using Pkkpm.Bot.ProgrammeConsole.Access;
using Pkkpm.Data;
using Pkkpm.Data.Console;

namespace Pkkpm.Bot.ProgrammeConsole.Home;

/// <summary>The console's home: every KPB the viewer may see, by village, so what a role sees is plain.</summary>
public sealed class IndexModel(IDatabase database) : PageModel
{
    public ConsoleViewer Viewer { get; private set; } = null!;

    public IReadOnlyList<IGrouping<string, ConsolePeople.Group>> Villages { get; private set; } = [];

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
        var groups = await database.ReadAsync(connection => Viewer.Scope switch
        {
            ViewerScope.Programme => VisibleGroups.AllAsync(connection),
            ViewerScope.Villages villages => VisibleGroups.InVillagesAsync(connection, villages.Names),
            ViewerScope.PendampingGroups pendamping => VisibleGroups.AccompaniedByAsync(connection, pendamping.PersonId),
            ViewerScope.OneGroup one => VisibleGroups.OneAsync(connection, one.GroupId),
            _ => throw new InvalidOperationException($"Unknown scope {Viewer.Scope}"),
        }, cancellationToken);
        Villages = groups.GroupBy(g => g.Village).ToList();
    }
}
