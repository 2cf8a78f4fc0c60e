namespace Pkkpm.Conversations.Deposits;

/// <summary>One member and one amount of an <see cref="EntriesDraft"/>. Exactly one open question is asked at a time.</summary>
internal sealed class DraftLine
{
    public long? PersonId { get; set; }

    public string Name { get; set; } = "";

    /// <summary>What the group calls her, shown in the summary where there is room for one short name.</summary>
    public string? Panggilan { get; set; }

    public int ListNumber { get; set; }

    public string Phone { get; set; } = "";

    public string Salutation { get; set; } = "";

    public long? Amount { get; set; }

    /// <summary>The name matched several members: their person ids, to choose from by list number.</summary>
    public List<long>? Candidates { get; set; }

    /// <summary>A bare number like "50" read as this amount, awaiting "YA" (Maksud Ibu Rp50.000?).</summary>
    public long? AmountToConfirm { get; set; }

    /// <summary>For angsuran: the loan it pays, set by the check against the books.</summary>
    public long? LoanId { get; set; }

    public bool IsResolved => PersonId is not null && Amount is not null && Candidates is null && AmountToConfirm is null;
}
