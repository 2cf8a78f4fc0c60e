using System.Data.Common;
using Dapper;

namespace Pkkpm.Data.Console;

/// <summary>
/// The groups a console page may show, by the four shapes of what a person may see: the whole
/// programme, some villages, a pendamping's groups, one group. Each is one small query that names
/// the few things it is about (a person, a group, a handful of villages), never a list of ids.
/// </summary>
public static class VisibleGroups
{
    private const string Columns = "select g.id as GroupId, g.code as Code, g.name as Name, g.village as Village from groups g";
    private const string Order = " order by g.village, g.name";

    public static async Task<IReadOnlyList<ConsolePeople.Group>> AllAsync(DbConnection connection) =>
        (await connection.QueryAsync<ConsolePeople.Group>(Columns + Order)).ToList();

    public static async Task<IReadOnlyList<ConsolePeople.Group>> InVillagesAsync(DbConnection connection, IReadOnlyList<string> villages) =>
        (await connection.QueryAsync<ConsolePeople.Group>($"{Columns} where {Dialect.In(connection, "g.village", "@Villages")}{Order}",
            new { Villages = Dialect.Values(connection, villages) })).ToList();

    public static async Task<IReadOnlyList<ConsolePeople.Group>> AccompaniedByAsync(DbConnection connection, long personId) =>
        (await connection.QueryAsync<ConsolePeople.Group>(
            $"{Columns} where g.id in (select m.group_id from memberships m where m.person_id = @PersonId){Order}", new { PersonId = personId })).ToList();

    public static async Task<IReadOnlyList<ConsolePeople.Group>> OneAsync(DbConnection connection, long groupId) =>
        (await connection.QueryAsync<ConsolePeople.Group>($"{Columns} where g.id = @GroupId", new { GroupId = groupId })).ToList();
}
