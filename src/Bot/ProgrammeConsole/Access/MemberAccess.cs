using Pkkpm.Data;
using Pkkpm.Data.Console;

namespace Pkkpm.Bot.ProgrammeConsole.Access;

/// <summary>Whether a viewer may see one member (a statement page): the member's groups are read, then judged.</summary>
public static class MemberAccess
{
    public static async Task<bool> CanSeeMemberAsync(this ConsoleViewer viewer, IDatabase database, long personId, CancellationToken cancellationToken = default)
    {
        if (viewer.SeesWholeProgramme || personId == viewer.PersonId) return true;
        var groups = await database.ReadAsync(connection => ConsolePeople.GroupsOfMemberAsync(connection, personId), cancellationToken);
        return viewer.CanSeeMember(personId, groups);
    }
}
