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

    public override string Noun => "pengumuman";

    public override string Verb => "kirim";

    public override string NotDone => "dikirim";

    public override IEnumerable<string> Summary(Sender sender) => [Question, Prompt];

    /// <summary>Still the pendamping of every group it goes to.</summary>
    public override bool MayBeConfirmedBy(Sender sender) =>
        sender.Role == Role.Pendamping && GroupIds.All(id => sender.Groups.Any(g => g.GroupId == id));

    public override async Task RecordAsync(Turn turn)
    {
        var sent = await turn.Data.BroadcastAsync(GroupIds, Message, OutboundKinds.Broadcast, turn.CancellationToken);
        var skipped = sent.Skipped > 0 ? $" ({sent.Skipped} dilewati karena berhenti langganan)" : "";
        turn.Say($"Pengumuman {sent.Code} sedang dikirim ke {sent.Recipients} anggota{skipped}. Cek dengan STATUS {sent.Code}.");
    }
}
