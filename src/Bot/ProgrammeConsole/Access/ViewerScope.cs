namespace Pkkpm.Bot.ProgrammeConsole.Access;

/// <summary>
/// What a console viewer may see, in the four shapes a query can filter by cheaply: the whole
/// programme, some villages, the groups a pendamping accompanies (by the pendamping, not by a list
/// of group ids), or one group. Monitoring and exports map it to their own scope.
/// </summary>
public abstract record ViewerScope
{
    private ViewerScope()
    {
    }

    /// <summary>Everything: an admin, or a pemantau with no villages listed.</summary>
    public sealed record Programme : ViewerScope;

    /// <summary>A pemantau's villages, as groups.village writes them.</summary>
    public sealed record Villages(IReadOnlyList<string> Names) : ViewerScope;

    /// <summary>The groups the pendamping accompanies (their memberships), whatever they are now.</summary>
    public sealed record PendampingGroups(long PersonId) : ViewerScope;

    /// <summary>A ketua's or bendahara's own group.</summary>
    public sealed record OneGroup(long GroupId) : ViewerScope;
}
