using Pkkpm.Data.Console;
using Pkkpm.Data.Monitoring;

namespace Pkkpm.Bot.ProgrammeConsole.Dashboard;

/// <summary>
/// What a page or a download is about, once the viewer was found allowed to see it: their whole
/// scope, a village, a KPB or a member, with the monitoring scope narrowed to it (never widened).
/// </summary>
public sealed record ConsoleArea(string Title, MonitoringScope Scope, string? Village, ConsolePeople.Group? Group, AreaMember? Member)
{
    /// <summary>The query that names this area again, for download links (kpb=MAWAR); empty for the whole scope.</summary>
    public string Query => Member is not null ? $"anggota={Member.PersonId}"
        : Group is not null ? $"kpb={Uri.EscapeDataString(Group.Code)}"
        : Village is not null ? $"desa={Uri.EscapeDataString(Village)}"
        : "";

    /// <summary>For file names: "kpb-mawar", "desa-sumberejo", "semua".</summary>
    public string FileLabel => Member is not null ? $"anggota {Member.Name}"
        : Group is not null ? $"kpb {Group.Code}"
        : Village is not null ? $"desa {Village}"
        : "semua";
}
