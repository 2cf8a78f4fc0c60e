using Pkkpm.Conversations.Engine;
using Pkkpm.Conversations.Meetings;
using Pkkpm.Conversations.Sms;

namespace Pkkpm.Conversations.Attendance;

/// <summary>
/// HADIR, IZIN [alasan], SAKIT from a member, for the group's next (or today's) meeting; ABSEN from
/// the treasurer for a whole meeting: those listed were present, the others ALPA unless they sent
/// IZIN or SAKIT.
/// </summary>
internal static class AttendanceFlow
{
    public static async Task<Next> ReportAsync(Turn turn, AttendanceStatus status, string? reason)
    {
        var member = turn.Sender;
        var group = member.HomeGroup!;
        // The meeting she was last asked about: a notice not answered yet, else the next meeting.
        var meeting = await MeetingReplies.AwaitedAsync(turn) is { } noticed ? NextMeeting.Of(noticed) : await NextMeeting.FindAsync(turn, group.GroupId);
        var why = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
        var earlier = await turn.Data.GetAttendanceAsync(group.GroupId, meeting.Date, turn.CancellationToken);
        await turn.Data.SetAttendanceAsync(group.GroupId, member.PersonId, meeting.Date, status, why, turn.CancellationToken);

        // The reason is kept as typed; its echo is folded ("anak sakit 🙏" would make the reply UCS-2).
        var echoed = Deposits.AmountTexts.Short(why ?? "");
        var said = status.ToString().ToUpperInvariant() + (echoed.Length == 0 ? "" : $" ({echoed})");
        // A member may change her answer before the meeting: the reply says what it replaced.
        var changed = earlier.TryGetValue(member.PersonId, out var was) && was != status ? $", sebelumnya {was.ToString().ToUpperInvariant()}" : "";
        var recorded = $"pertemuan {group.Name} {meeting.Day} {meeting.Date:dd/MM} jam {NextMeeting.Clock(meeting.Time)} tercatat: {said}{changed}.";
        var thanked = $"Terima kasih {member.Addressed}. Untuk {recorded}";
        turn.Say(SmsLength.FitsOneSegment(thanked) ? thanked : DraftTexts.Capitalized(recorded));
        return Next.Done;
    }

    public static async Task<Next> RollAsync(Turn turn, string arguments)
    {
        var group = turn.Sender.HomeGroup!;
        var parsed = AttendanceArguments.Parse(arguments);
        if (parsed.Error is not null || parsed.Numbers.Count == 0)
        {
            turn.Say("Tulis: ABSEN lalu nomor anggota yang hadir, misalnya ABSEN 1 2 3 5-9. Ketik DAFTAR untuk nomor anggota.");
            return Next.Done;
        }

        var roster = await turn.Data.GetRosterAsync(group.GroupId, turn.CancellationToken);
        var unknown = parsed.Numbers.Where(n => roster.All(m => m.ListNumber != n)).ToList();
        if (unknown.Count > 0)
        {
            turn.Say(SmsPages.ListWithin("Nomor ", unknown.Select(n => n.ToString()).ToList(), $" tidak ada di {group.Name}. Ketik DAFTAR untuk nomor anggota. Absen belum dicatat."));
            return Next.Done;
        }

        var meetingOn = (await NextMeeting.FindAsync(turn, group.GroupId)).Date;
        var earlier = await turn.Data.GetAttendanceAsync(group.GroupId, meetingOn, turn.CancellationToken);
        var counts = new Dictionary<AttendanceStatus, int>();
        foreach (var member in roster)
        {
            AttendanceStatus? before = earlier.TryGetValue(member.PersonId, out var said) ? said : null;
            var status = parsed.Numbers.Contains(member.ListNumber) ? AttendanceStatus.Hadir
                : before is AttendanceStatus.Izin or AttendanceStatus.Sakit ? before.Value
                : AttendanceStatus.Alpa;
            // An excuse a member sent stays as they sent it (with its reason).
            if (before != status)
                await turn.Data.SetAttendanceAsync(group.GroupId, member.PersonId, meetingOn, status, null, turn.CancellationToken);
            counts[status] = counts.GetValueOrDefault(status) + 1;
        }
        turn.Say($"Absen {group.Name} {meetingOn:dd/MM} dicatat: hadir {counts.GetValueOrDefault(AttendanceStatus.Hadir)}, izin {counts.GetValueOrDefault(AttendanceStatus.Izin)}, " +
                 $"sakit {counts.GetValueOrDefault(AttendanceStatus.Sakit)}, alpa {counts.GetValueOrDefault(AttendanceStatus.Alpa)}.");
        return Next.Done;
    }
}
