using Pkkpm.Conversations.Ledger;

namespace Pkkpm.Conversations.Deposits;

/// <summary>What a draft will record once the person answers YA.</summary>
public enum DraftKind
{
    Setoran,
    Angsuran,
    Penarikan,
    /// <summary>KOREKSI: reverse one entry.</summary>
    Koreksi,
    /// <summary>BAYAR: a member reports a repayment for the treasurer to accept.</summary>
    Bayar,
    /// <summary>UMUMKAN: a pendamping's broadcast to one group or all of theirs.</summary>
    Umumkan,
    /// <summary>RAPAT: a meeting, its notice now and its reminder the day before.</summary>
    Rapat,
}

/// <summary>
/// Entries understood from a message, waiting for the person to confirm with YA. Lines still
/// unresolved (which member? which amount?) are asked about one by one first.
/// </summary>
public sealed class Draft
{
    public DraftKind Kind { get; set; }

    public long GroupId { get; set; }

    public string GroupName { get; set; } = "";

    public List<DraftLine> Lines { get; set; } = [];

    /// <summary>The summary of a guided round: cancelling it ends the round, interrupting pauses it.</summary>
    public bool FromRound { get; set; }

    /// <summary>Members the round skipped (LEWAT): not recorded, counted in the summary.</summary>
    public int Skipped { get; set; }

    /// <summary>For one-item drafts (KOREKSI, BAYAR, UMUMKAN, RAPAT): the question to confirm, written by the flow.</summary>
    public string? Question { get; set; }

    /// <summary>UMUMKAN and RAPAT: the groups it goes to and the message they get.</summary>
    public List<long> GroupIds { get; set; } = [];

    public string? Message { get; set; }

    /// <summary>RAPAT: when and where.</summary>
    public DateTimeOffset? MeetingStartsAt { get; set; }

    public string? MeetingPlace { get; set; }

    public DraftLine? FirstUnresolved => Lines.FirstOrDefault(l => !l.IsResolved);

    public long Total => Lines.Sum(l => l.Amount ?? 0);

    public EntryKind EntryKind => Kind switch
    {
        DraftKind.Penarikan => EntryKind.Penarikan,
        DraftKind.Angsuran or DraftKind.Bayar => EntryKind.Angsuran,
        _ => EntryKind.Setoran,
    };
}

/// <summary>One member and one amount. Exactly one of the open questions is asked at a time.</summary>
public sealed class DraftLine
{
    public long? PersonId { get; set; }

    public string Name { get; set; } = "";

    public int ListNumber { get; set; }

    public string Phone { get; set; } = "";

    public string Salutation { get; set; } = "";

    public long? Amount { get; set; }

    /// <summary>The name matched several members: their person ids, to choose from by list number.</summary>
    public List<long>? Candidates { get; set; }

    /// <summary>A bare number like "50" read as this amount, awaiting "YA" (Maksud Ibu Rp50.000?).</summary>
    public long? AmountToConfirm { get; set; }

    /// <summary>For BAYAR and angsuran: the loan.</summary>
    public long? LoanId { get; set; }

    public string? EntryCode { get; set; }

    public bool IsResolved => PersonId is not null && Amount is not null && Candidates is null && AmountToConfirm is null;
}
