using Pkkpm.Conversations.Groups;

namespace Pkkpm.Conversations.Deposits;

/// <summary>Who a <see cref="MemberRef"/> points at in the group.</summary>
public abstract record MemberMatch
{
    private MemberMatch() { }

    public sealed record Found(RosterMember Member) : MemberMatch;

    /// <summary>Several people fit ("Sri": Sri Wahyuni and Sri Rejeki; one phone shared by a
    /// household): ask which one, never pick.</summary>
    public sealed record Ambiguous(IReadOnlyList<RosterMember> Candidates) : MemberMatch;

    public sealed record NotFound : MemberMatch
    {
        public static readonly NotFound Instance = new();
    }
}
