using Pkkpm.Conversations.People;
using Pkkpm.Data.Console;

namespace Pkkpm.Bot.ProgrammeConsole.Access;

/// <summary>
/// The signed-in person as they are at this request (loaded per request: a role or group changed
/// since sign-in counts at once), and what they may see. <see cref="Groups"/> holds the groups of a
/// restricted viewer (a few: their own, or their villages'); a viewer of the whole programme has
/// none listed and sees every group.
/// </summary>
public sealed record ConsoleViewer(long PersonId, string Name, Role Role, ViewerScope Scope, IReadOnlyList<ConsolePeople.Group> Groups)
{
    public bool IsAdmin => Role == Role.Admin;

    /// <summary>A pemantau looks and never changes anything.</summary>
    public bool IsReadOnly => Role == Role.Pemantau;

    public bool SeesWholeProgramme => Scope is ViewerScope.Programme;

    public bool CanSeeGroup(long groupId) => SeesWholeProgramme || Groups.Any(g => g.GroupId == groupId);

    public bool CanSeeGroup(string code) =>
        SeesWholeProgramme || Groups.Any(g => string.Equals(g.Code, code, StringComparison.OrdinalIgnoreCase));

    /// <summary>The village as a whole (its figures, all its groups): the programme's viewers and a
    /// pemantau of that village. A pendamping or officer sees their groups in it, not the village.</summary>
    public bool CanSeeVillage(string village) => Scope switch
    {
        ViewerScope.Programme => true,
        ViewerScope.Villages listed => listed.Names.Contains(village, StringComparer.OrdinalIgnoreCase),
        _ => false,
    };

    /// <summary>A member whose groups are <paramref name="memberGroupIds"/> (see
    /// <see cref="MemberAccess.CanSeeMemberAsync"/> to read them): any one of them visible is enough.</summary>
    public bool CanSeeMember(long personId, IEnumerable<long> memberGroupIds) =>
        personId == PersonId || SeesWholeProgramme || memberGroupIds.Any(CanSeeGroup);
}
