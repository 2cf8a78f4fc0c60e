using Pkkpm.Conversations.Groups;
using Pkkpm.Data;

namespace Pkkpm.Bot.ProgrammeConsole.People;

/// <summary>A form that names a member of the group: she is chosen from the group's list, by her number.</summary>
public abstract class RosterPage(IDatabase database, PeopleDesk desk) : ManagedGroupPage(database, desk)
{
    public IReadOnlyList<RosterMember> Roster { get; private set; } = [];

    protected override async Task LoadAsync(CancellationToken cancellationToken) =>
        Roster = await Desk.RosterAsync(Viewer, Group.GroupId, cancellationToken);

    public MemberChoice Choice(string field, string label, string? chosen) => new(Roster, field, label, chosen);
}

/// <summary>A select of the group's members; the value is her phone, which the chat's lookup also reads.</summary>
public sealed record MemberChoice(IReadOnlyList<RosterMember> Roster, string Field, string Label, string? Chosen);
