using Pkkpm.Conversations.Engine;
using Pkkpm.Conversations.People;

namespace Pkkpm.Conversations.Meetings;

/// <summary>RAPAT: a meeting of one group; on YA it is recorded, its notice goes now and its reminder the day before.</summary>
internal sealed class MeetingDraft : Draft
{
    public long GroupId { get; set; }

    public string GroupName { get; set; } = "";

    /// <summary>The notice as members will get it, signed.</summary>
    public string Notice { get; set; } = "";

    public DateTimeOffset StartsAt { get; set; }

    public string Place { get; set; } = "";

    /// <summary>The market day the meeting was called by ("Legi"), kept with it for its reminder and JADWAL; null if none.</summary>
    public string? Pasaran { get; set; }

    /// <summary>When and where, who gets it and when the reminder goes, as the sender checks it.</summary>
    public string Question { get; set; } = "";

    public override string Noun => "undangan rapat";

    public override string Verb => "kirim";

    public override string NotDone => "dikirim";

    public override IEnumerable<string> Summary(Sender sender) => [Question, Prompt];

    /// <summary>Still the group's pendamping or its ketua (or an admin, who calls any group's meeting in the console).</summary>
    public override bool MayBeConfirmedBy(Sender sender) =>
        Permissions.SchedulesMeetings(sender) && sender.Groups.Any(g => g.GroupId == GroupId) || sender.Role == Role.Admin;

    public override Task RecordAsync(Turn turn) => MeetingFlow.RecordAsync(turn, this);
}
