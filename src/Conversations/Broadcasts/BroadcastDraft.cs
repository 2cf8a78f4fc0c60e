using Pkkpm.Conversations.Engine;
using Pkkpm.Conversations.People;
using Pkkpm.Conversations.Turns;

namespace Pkkpm.Conversations.Broadcasts;

/// <summary>UMUMKAN: a pendamping's signed notice to the members of their groups, sent on YA.</summary>
internal sealed class BroadcastDraft : Draft
{
    public List<long> GroupIds { get; set; } = [];

    /// <summary>The notice as members will get it, signed.</summary>
    public string Message { get; set; } = "";

    /// <summary>Who it reaches and what it costs, as the pendamping checks it.</summary>
    public string Question { get; set; } = "";

    /// <summary>
    /// The audience the summary counted (on a snapshot, outside the writer): the YA records it as
    /// it was confirmed, and does not count a large audience again while every other turn waits.
    /// Null in a summary written before it was kept: then the YA counts.
    /// </summary>
    public Audience? Audience { get; set; }

    public override string Noun => "pengumuman";

    public override string Verb => "kirim";

    public override string NotDone => "dikirim";

    public override IEnumerable<string> Summary(Sender sender) => [Question, Prompt];

    /// <summary>Still the pendamping of every group it goes to.</summary>
    public override bool MayBeConfirmedBy(Sender sender)
    {
        // A set: SEMUA of a pendamping of thousands of groups is checked in a moment, not squared.
        var theirs = sender.Groups.Select(g => g.GroupId).ToHashSet();
        return sender.Role == Role.Pendamping && GroupIds.All(theirs.Contains);
    }

    public override async Task RecordAsync(Turn turn)
    {
        var sent = await turn.Data.BroadcastAsync(GroupIds, Message, OutboundKinds.Broadcast, Audience, turn.CancellationToken);
        var skipped = sent.Skipped > 0 ? $" ({sent.Skipped} dilewati karena berhenti langganan)" : "";
        turn.Say($"Pengumuman {sent.Code} sedang dikirim ke {sent.Recipients} anggota{skipped}. Cek dengan STATUS {sent.Code}.");
    }
}
