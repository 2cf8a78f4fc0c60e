namespace Pkkpm.Bot.ProgrammeConsole.People;

/// <summary>
/// Where a console form about people stands: a refusal (the form again, with the chat's reason), a
/// summary to confirm (again, when the group changed since the viewer saw it), or saved.
/// </summary>
public sealed record PeopleStep(string? Refusal, string? Summary, bool Changed, string? Done)
{
    public static PeopleStep Refused(string reason) => new(reason, null, false, null);

    public static PeopleStep Confirm(string summary, bool changed = false) => new(null, summary, changed, null);

    public static PeopleStep Saved(string reply) => new(null, null, false, reply);
}
