using Dapper;
using Pkkpm.Bot.ProgrammeConsole.Access;
using Pkkpm.Data;
using Pkkpm.Data.Console;

namespace Pkkpm.Bot.ProgrammeConsole.Dashboard;

/// <summary>
/// Finds the village, KPB or member a request names and judges whether the viewer may see it. One
/// answer, null, for "does not exist" and "not yours": the page says 404 either way, so a viewer
/// cannot learn what exists outside their scope. Pages and downloads both come here.
/// </summary>
public static class ConsoleAreas
{
    private const string GroupByCode = "select g.id as GroupId, g.code as Code, g.name as Name, g.village as Village from groups g where g.code = @Code";

    // The village as groups.village spells it, so the narrowed scope matches it exactly.
    private const string VillageByName = "select min(g.village) from groups g where lower(g.village) = lower(@Village)";

    private const string MemberById = """
        select p.id as PersonId, p.name as Name, p.role as Role, g.id as GroupId, g.code as Code, g.name as GroupName, g.village as Village
          from people p join memberships m on m.person_id = p.id join groups g on g.id = m.group_id
         where p.id = @PersonId and m.list_number is not null
         order by g.code
        """;

    public static ConsoleArea Whole(ConsoleViewer viewer) => new(Title(viewer), viewer.Scope.ToMonitoring(), null, null, null);

    public static async Task<ConsoleArea?> VillageAsync(ConsoleViewer viewer, IDatabase database, string village, CancellationToken cancellationToken)
    {
        if (!viewer.CanSeeVillage(village)) return null;
        var name = await database.ReadAsync(c => c.ExecuteScalarAsync<string?>(VillageByName, new { Village = village }), cancellationToken);
        return name is null ? null : new ConsoleArea($"Desa {name}", viewer.Scope.ToMonitoring().ToVillage(name), name, null, null);
    }

    public static async Task<ConsoleArea?> GroupAsync(ConsoleViewer viewer, IDatabase database, string code, CancellationToken cancellationToken)
    {
        if (!viewer.CanSeeGroup(code)) return null;
        var group = await database.ReadAsync(c => c.QuerySingleOrDefaultAsync<ConsolePeople.Group>(GroupByCode, new { Code = code.ToUpperInvariant() }), cancellationToken);
        if (group is null || !viewer.CanSeeGroup(group.GroupId)) return null;
        return new ConsoleArea(group.Name, viewer.Scope.ToMonitoring().ToGroup(group.GroupId), null, group, null);
    }

    public static async Task<ConsoleArea?> MemberAsync(ConsoleViewer viewer, IDatabase database, long personId, CancellationToken cancellationToken)
    {
        var rows = await database.ReadAsync(async c => (await c.QueryAsync<MemberGroupRow>(MemberById, new { PersonId = personId })).ToList(), cancellationToken);
        var visible = rows.Where(r => viewer.CanSeeGroup(r.GroupId)).Select(r => new ConsolePeople.Group(r.GroupId, r.Code, r.GroupName, r.Village)).ToList();
        if (visible.Count == 0) return null;
        var member = new AreaMember(personId, rows[0].Name, rows[0].Role, visible);
        return new ConsoleArea(member.Name, viewer.Scope.ToMonitoring(), null, null, member);
    }

    /// <summary>The area a download's query names (anggota=, kpb= or desa=), or the viewer's whole scope.</summary>
    public static Task<ConsoleArea?> FromQueryAsync(ConsoleViewer viewer, IDatabase database, IQueryCollection query, CancellationToken cancellationToken)
    {
        if (query.ContainsKey("anggota"))
            return long.TryParse(query["anggota"], out var id) ? MemberAsync(viewer, database, id, cancellationToken) : Task.FromResult<ConsoleArea?>(null);
        if (query.ContainsKey("kpb")) return GroupAsync(viewer, database, query["kpb"].ToString(), cancellationToken);
        if (query.ContainsKey("desa")) return VillageAsync(viewer, database, query["desa"].ToString(), cancellationToken);
        return Task.FromResult<ConsoleArea?>(Whole(viewer));
    }

    private static string Title(ConsoleViewer viewer) => viewer.Scope switch
    {
        ViewerScope.Programme => "Seluruh program",
        ViewerScope.Villages villages => $"Desa {string.Join(", ", villages.Names)}",
        ViewerScope.PendampingGroups => "KPB dampingan Anda",
        _ => "KPB Anda",
    };

    private sealed record MemberGroupRow(long PersonId, string Name, string Role, long GroupId, string Code, string GroupName, string Village);
}
