using Pkkpm.Conversations.Engine;
using Pkkpm.Conversations.People;

namespace Pkkpm.Conversations.Meetings;

/// <summary>RAPAT SEMUA: the same meeting for every group of a pendamping; on YA each group gets its own, as RAPAT KODE does.</summary>
internal sealed class AllMeetingsDraft : Draft
{
    public List<GroupMeeting> Meetings { get; set; } = [];

    public DateTimeOffset StartsAt { get; set; }

    /// <summary>The market day the meetings were called by ("Legi"), kept with each; null if none.</summary>
    public string? Pasaran { get; set; }

    /// <summary>When, which groups, how many members and when the reminder goes, as the pendamping checks it.</summary>
    public string Question { get; set; } = "";

    public override string Noun => "undangan rapat";

    public override string Verb => "kirim";

    public override string NotDone => "dikirim";

    public override IEnumerable<string> Summary(Sender sender) => [Question, Prompt];

    /// <summary>Still the pendamping of every group.</summary>
    public override bool MayBeConfirmedBy(Sender sender)
    {
        var theirs = sender.Groups.Select(g => g.GroupId).ToHashSet();
        return sender.Role == Role.Pendamping && Meetings.All(m => theirs.Contains(m.GroupId));
    }

    public override Task RecordAsync(Turn turn) => MeetingsForAll.RecordAsync(turn, this);
}
