using Pkkpm.Bot.ProgrammeConsole.Access;
using Pkkpm.Data.Monitoring;

namespace Pkkpm.Bot.ProgrammeConsole.Dashboard;

/// <summary>The one place a viewer's scope becomes the monitoring's: every page and download goes through it.</summary>
public static class ViewerScopes
{
    public static MonitoringScope ToMonitoring(this ViewerScope scope) => scope switch
    {
        ViewerScope.Programme => MonitoringScope.Programme(),
        ViewerScope.Villages villages => MonitoringScope.OfVillages(villages.Names),
        ViewerScope.PendampingGroups pendamping => MonitoringScope.OfPendamping(pendamping.PersonId),
        ViewerScope.OneGroup one => MonitoringScope.OfGroup(one.GroupId),
        _ => throw new InvalidOperationException($"Unknown viewer scope {scope}"),
    };
}
