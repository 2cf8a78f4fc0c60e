using Pkkpm.Conversations.Engine;
using Pkkpm.Conversations.Sms;
using Pkkpm.Conversations.Turns;

namespace Pkkpm.Conversations.Meetings;

/// <summary>
/// RAPAT SEMUA hari jam [tempat]: a pendamping calls the same meeting for every group she
/// accompanies, with one summary and one YA. Each group gets its meeting, its notice (with its own
/// name) and its reminder exactly as RAPAT KODE gives them; without a place each meets at its own.
/// </summary>
internal static class MeetingsForAll
{
    public static async Task<Next> ScheduleAsync(Turn turn, Pending pending, MeetingRequest request)
    {
        var sender = turn.Sender;
        var typedPlace = Gsm7Text.Fold(request.Place ?? "");
        var startsAt = new DateTimeOffset(request.Date.ToDateTime(request.Time), Wib.Offset);
        var meetings = new List<GroupMeeting>();
        foreach (var group in sender.Groups)
        {
            var place = typedPlace.Length > 0 ? typedPlace : Gsm7Text.Fold((await turn.Data.GetMeetingScheduleAsync(group.GroupId, turn.CancellationToken)).Place);
            var notice = MeetingTexts.Notice(group.Name, new NextMeeting(request.Date, request.Time, place), sender);
            // The longest group name decides: every group's notice must be one SMS.
            if (!SmsLength.FitsOneSegment(notice))
            {
                turn.Say(MeetingTexts.PlaceTooLong(place, notice));
                return Next.Done;
            }
            meetings.Add(new GroupMeeting { GroupId = group.GroupId, GroupName = group.Name, Notice = notice, Place = place });
        }

        var audience = await turn.Data.GetAudienceAsync(meetings.Select(m => m.GroupId).ToList(), turn.CancellationToken);
        var remindAt = ReminderPlan.When(turn.Now, startsAt, turn.Options.ReminderHour);
        var when = new NextMeeting(request.Date, request.Time, typedPlace);
        var where = typedPlace.Length > 0 ? when.Describe() : $"{when.Day} {request.Date:dd/MM} jam {NextMeeting.Clock(request.Time)} di tempat masing-masing";
        var after = $": {where}, undangan ke {audience.Recipients} anggota{ReminderPlan.Describe(turn.Now, remindAt, startsAt, turn.Options.ReminderHour)}.";
        pending.Draft = new AllMeetingsDraft
        {
            Meetings = meetings,
            StartsAt = startsAt,
            Question = SmsPages.ListWithin($"Rapat {meetings.Count} kelompok (", sender.Groups.Select(g => g.Code).ToList(), ")" + after),
        };
        return Next.Confirm;
    }

    public static async Task RecordAsync(Turn turn, AllMeetingsDraft draft)
    {
        var startsAt = draft.StartsAt;
        var meetingOn = DateOnly.FromDateTime(startsAt.ToOffset(Wib.Offset).DateTime);
        var remindAt = ReminderPlan.When(turn.Now, startsAt, turn.Options.ReminderHour);
        var (recipients, codes) = (0, new List<string>());
        foreach (var meeting in draft.Meetings)
        {
            await turn.Data.ScheduleMeetingAsync(meeting.GroupId, startsAt, meetingOn, meeting.Place, remindAt, turn.CancellationToken);
            var sent = await turn.Data.BroadcastAsync([meeting.GroupId], meeting.Notice, OutboundKinds.MeetingNotice, counted: null, turn.CancellationToken);
            recipients += sent.Recipients;
            codes.Add(sent.Code);
        }
        turn.Say(SmsPages.ListWithin(
            $"Undangan rapat dikirim ke {draft.Meetings.Count} kelompok, {recipients} anggota. Jawaban HADIR/IZIN/SAKIT mengisi absen. Cek: STATUS ", codes, "."));
    }
}
