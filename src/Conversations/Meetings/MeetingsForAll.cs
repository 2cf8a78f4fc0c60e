using Pkkpm.Conversations.Engine;
using Pkkpm.Conversations.Sms;
using Pkkpm.Conversations.People;
using Pkkpm.Conversations.Turns;

namespace Pkkpm.Conversations.Meetings;

/// <summary>
/// RAPAT SEMUA hari jam [tempat]: a pendamping calls the same meeting for every group she
/// accompanies, with one summary and one YA. Each group gets its meeting, its notice (with its own
/// name) and its reminder exactly as RAPAT KODE gives them; without a place each meets at its own.
/// </summary>
internal static class MeetingsForAll
{
    internal static async Task<(Draft? Draft, string? Refusal)> ProposeAsync(
        IConversationData data, Sender sender, MeetingRequest request, DateTimeOffset now, int reminderHour, CancellationToken cancellationToken)
    {
        var typedPlace = Gsm7Text.Fold(request.Place ?? "");
        var startsAt = new DateTimeOffset(request.Date.ToDateTime(request.Time), Wib.Offset);
        var meetings = new List<GroupMeeting>();
        foreach (var group in sender.Groups)
        {
            var place = typedPlace.Length > 0 ? typedPlace : Gsm7Text.Fold((await data.GetMeetingScheduleAsync(group.GroupId, cancellationToken)).Place);
            var notice = MeetingTexts.Notice(group.Name, new NextMeeting(request.Date, request.Time, place, request.Pasaran), sender);
            // The longest group name decides: every group's notice must be one SMS.
            if (!SmsLength.FitsOneSegment(notice))
                return (null, MeetingTexts.PlaceTooLong(place, notice));
            meetings.Add(new GroupMeeting { GroupId = group.GroupId, GroupName = group.Name, Notice = notice, Place = place });
        }

        var audience = await data.GetAudienceAsync(meetings.Select(m => m.GroupId).ToList(), cancellationToken);
        var remindAt = ReminderPlan.When(now, startsAt, reminderHour);
        var when = new NextMeeting(request.Date, request.Time, typedPlace, request.Pasaran);
        var where = typedPlace.Length > 0 ? when.Describe() : $"{when.Day} {request.Date:dd/MM} jam {NextMeeting.Clock(request.Time)} di tempat masing-masing";
        var after = $": {where}, undangan ke {audience.Recipients} anggota{ReminderPlan.Describe(now, remindAt, startsAt, reminderHour)}.";
        return (new AllMeetingsDraft
        {
            Meetings = meetings,
            StartsAt = startsAt,
            Pasaran = request.Pasaran,
            Question = SmsPages.ListWithin($"Rapat {meetings.Count} kelompok (", sender.Groups.Select(g => g.Code).ToList(), ")" + after),
        }, null);
    }

    public static async Task RecordAsync(Turn turn, AllMeetingsDraft draft) =>
        turn.Say(await RecordAsync(turn.Data, draft, turn.Now, turn.Options.ReminderHour, turn.CancellationToken));

    internal static async Task<string> RecordAsync(IConversationData data, AllMeetingsDraft draft, DateTimeOffset now, int reminderHour, CancellationToken cancellationToken)
    {
        var startsAt = draft.StartsAt;
        var meetingOn = DateOnly.FromDateTime(startsAt.ToOffset(Wib.Offset).DateTime);
        var remindAt = ReminderPlan.When(now, startsAt, reminderHour);
        var (recipients, codes) = (0, new List<string>());
        foreach (var meeting in draft.Meetings)
        {
            await data.ScheduleMeetingAsync(meeting.GroupId, startsAt, meetingOn, meeting.Place, draft.Pasaran, remindAt, cancellationToken);
            var sent = await data.BroadcastAsync([meeting.GroupId], meeting.Notice, OutboundKinds.MeetingNotice, counted: null, cancellationToken);
            recipients += sent.Recipients;
            codes.Add(sent.Code);
        }
        return SmsPages.ListWithin(
            $"Undangan rapat dikirim ke {draft.Meetings.Count} kelompok, {recipients} anggota. Jawaban HADIR/IZIN/SAKIT mengisi absen. Cek: STATUS ", codes, ".");
    }
}
