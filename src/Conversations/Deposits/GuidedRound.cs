namespace Pkkpm.Conversations.Deposits;

/// <summary>
/// SETOR alone: the group's members in list order, one question each, so a treasurer records a
/// whole meeting in one sitting. Answers are kept here until the final YA.
/// </summary>
public sealed class GuidedRound
{
    public long GroupId { get; set; }

    public string GroupName { get; set; } = "";

    /// <summary>The members to ask about, in list order, fixed when the round starts.</summary>
    public List<long> PersonIds { get; set; } = [];

    public int Index { get; set; }

    /// <summary>Amounts answered so far by person id (0 = did not deposit; skipped members are absent).</summary>
    public Dictionary<long, long> Amounts { get; set; } = [];

    /// <summary>A bare "50" for the current member, awaiting YA for Rp50.000.</summary>
    public long? AmountToConfirm { get; set; }

    public bool IsFinished => Index >= PersonIds.Count;

    public long? CurrentPersonId => IsFinished ? null : PersonIds[Index];
}
