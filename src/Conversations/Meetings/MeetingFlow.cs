using Pkkpm.Conversations.Engine;
using Pkkpm.Conversations.People;
using Pkkpm.Conversations.Deposits;
using Pkkpm.Conversations.Sms;
using Pkkpm.Conversations.Turns;

namespace Pkkpm.Conversations.Meetings;

/// <summary>
/// RAPAT KODE hari jam [tempat]: a pendamping (or the group's ketua) schedules a meeting; on YA the
/// members get the notice now and a reminder the day before, skipped for those who already said
/// HADIR, IZIN or SAKIT. JADWAL shows a member the next meeting.
/// </summary>
internal static class MeetingFlow
{
    public static async Task<Next> ScheduleAsync(Turn turn, Pending pending, string arguments)
    {
        var sender = turn.Sender;
        // A ketua calls her own group's meeting: "RAPAT Kemis Legi jam 3 sonten" needs no code.
        if (sender.Role == Role.Ketua && sender.HomeGroup is { } home && arguments.Length > 0 && !StartsWithACode(arguments, sender))
            arguments = $"{home.Code} {arguments}";
        var parsed = MeetingRequestParser.Parse(arguments, turn.Now);
        if (parsed.Request is not { } request)
        {
            turn.Say(MeetingTexts.Problem(parsed.Problem, parsed.Fragment, sender));
            return Next.Done;
        }
        var (draft, refusal) = await ProposeAsync(turn.Data, sender, request, turn.Now, turn.Options.ReminderHour, turn.CancellationToken);
        if (draft is null)
        {
            turn.Say(refusal!);
            return Next.Done;
        }
        pending.Draft = draft;
        return Next.Confirm;
    }

    /// <summary>
    /// A request read (by the chat's parser, or from the console's form) to the summary to confirm, or
    /// why not: the chat and the console both come here, so both say and record the same.
    /// </summary>
    internal static async Task<(Draft? Draft, string? Refusal)> ProposeAsync(
        IConversationData data, Sender sender, MeetingRequest request, DateTimeOffset now, int reminderHour, CancellationToken cancellationToken)
    {
        // The parser refuses a past time already; a form's date and time come here unread.
        if (request.Date.ToDateTime(request.Time) < now.ToOffset(Wib.Offset).DateTime)
            return (null, MeetingTexts.Problem(MeetingRequestProblem.InThePast, "", sender));
        if (request.GroupCode == Broadcasts.BroadcastFlow.Everyone && sender.Role == Role.Pendamping && sender.Groups.Count > 0)
            return await MeetingsForAll.ProposeAsync(data, sender, request, now, reminderHour, cancellationToken);
        // An admin (in the console) calls any group's meeting; by chat nobody but its pendamping or ketua.
        var group = sender.Groups.FirstOrDefault(g => g.Code.Equals(request.GroupCode, StringComparison.OrdinalIgnoreCase))
            ?? (sender.Role == Role.Admin ? await data.FindGroupAsync(request.GroupCode, cancellationToken) : null);
        if (group is null)
            return (null, SmsPages.ListWithin("Tulis: RAPAT kode hari jam tempat, untuk satu kelompok: ", sender.Groups.Select(g => g.Code).ToList(), "."));

        var schedule = await data.GetMeetingScheduleAsync(group.GroupId, cancellationToken);
        // The place goes into every member's notice and reminder: plain letters only (an emoji would make them UCS-2).
        var place = Gsm7Text.Fold(request.Place ?? "") is { Length: > 0 } typed ? typed : Gsm7Text.Fold(schedule.Place);
        var startsAt = new DateTimeOffset(request.Date.ToDateTime(request.Time), Wib.Offset);
        var remindAt = ReminderPlan.When(now, startsAt, reminderHour);
        var audience = await data.GetAudienceAsync([group.GroupId], cancellationToken);
        var meeting = new NextMeeting(request.Date, request.Time, place, request.Pasaran);
        var reminder = ReminderPlan.Describe(now, remindAt, startsAt, reminderHour);
        var notice = MeetingTexts.Notice(group.Name, meeting, sender);
        if (!SmsLength.FitsOneSegment(notice))
            return (null, MeetingTexts.PlaceTooLong(place, notice));
        return (new MeetingDraft
        {
            GroupId = group.GroupId,
            GroupName = group.Name,
            Notice = notice,
            StartsAt = startsAt,
            Place = place,
            Pasaran = request.Pasaran,
            Question = $"Rapat {group.Name} {meeting.Describe()}: undangan ke {audience.Recipients} anggota{reminder}.",
        }, null);
    }

    public static async Task RecordAsync(Turn turn, MeetingDraft draft) =>
        turn.Say(await RecordAsync(turn.Data, draft, turn.Now, turn.Options.ReminderHour, turn.CancellationToken));

    /// <summary>YA (by chat, or in the console): the meeting, its reminder and its notice; the answer to whoever called it.</summary>
    internal static async Task<string> RecordAsync(IConversationData data, MeetingDraft draft, DateTimeOffset now, int reminderHour, CancellationToken cancellationToken)
    {
        var startsAt = draft.StartsAt;
        var meetingOn = DateOnly.FromDateTime(startsAt.ToOffset(Wib.Offset).DateTime);
        await data.ScheduleMeetingAsync(draft.GroupId, startsAt, meetingOn, draft.Place, draft.Pasaran,
            ReminderPlan.When(now, startsAt, reminderHour), cancellationToken);
        // One group: counting it again is cheap, and exact.
        var sent = await data.BroadcastAsync([draft.GroupId], draft.Notice, OutboundKinds.MeetingNotice, counted: null, cancellationToken);
        return $"Undangan rapat {draft.GroupName} dikirim ke {sent.Recipients} anggota. Jawaban HADIR/IZIN/SAKIT mengisi absen. Cek: STATUS {sent.Code}.";
    }

    private static bool StartsWithACode(string arguments, Sender sender)
    {
        var first = arguments.Split([' ', '#', ',', ':'], 2, StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? "";
        return sender.Groups.Any(g => g.Code.Equals(first, StringComparison.OrdinalIgnoreCase));
    }

    public static async Task<Next> ShowAsync(Turn turn)
    {
        var group = turn.Sender.HomeGroup!;
        var next = await NextMeeting.FindAsync(turn, group.GroupId);
        turn.Say($"Pertemuan {group.Name} berikutnya: {next.Describe()}. Balas HADIR, IZIN atau SAKIT.");
        return Next.Done;
    }
}

/// <summary>The words of RAPAT: its notice, its reminder, and what we say when the request cannot be read.</summary>
public static class MeetingTexts
{
    internal static string Notice(string groupName, NextMeeting meeting, Sender sender) =>
        Gsm7Text.Fold($"Undangan rapat {groupName}: {meeting.Describe()}. Balas HADIR, IZIN atau SAKIT. -{sender.FirstName} ({sender.Role.ToCode()})");

    /// <summary>Sent the day before (or, for a meeting called at short notice, the same day: <paramref name="sentAt"/>
    /// says which) to members who have not answered yet, signed by whoever called the meeting; with the
    /// <paramref name="pasaran"/> the meeting was called by, as its notice named it ("Kamis Legi 10/12").</summary>
    public static string Reminder(string groupName, DateTimeOffset startsAt, string place, string signerName, Role signerRole, DateTimeOffset? sentAt = null,
        string? pasaran = null)
    {
        var at = startsAt.ToOffset(Engine.Wib.Offset);
        var meeting = new NextMeeting(DateOnly.FromDateTime(at.DateTime), TimeOnly.FromDateTime(at.DateTime), place, pasaran);
        var rest = Gsm7Text.Fold($"rapat {groupName}, {meeting.Describe()}. Balas HADIR, IZIN atau SAKIT. -{Names.First(signerName)} ({signerRole.ToCode()})");
        // The short opening is shorter than the notice's, so a reminder fits one SMS whenever its notice did.
        // "Hari ini" is as long as "Undangan": the short form still fits whenever the notice did.
        var sameDay = sentAt is { } sent && DateOnly.FromDateTime(sent.ToOffset(Engine.Wib.Offset).DateTime) == meeting.Date;
        var full = sameDay ? $"Pengingat: hari ini {rest}" : $"Pengingat: besok {rest}";
        return SmsLength.FitsOneSegment(full) ? full : sameDay ? $"Hari ini {rest}" : $"Besok {rest}";
    }

    /// <summary>The notice must be one SMS for every member; the place is the part the sender can shorten.</summary>
    internal static string PlaceTooLong(string place, string notice)
    {
        var fits = place.Length - (SmsLength.Septets(notice) - SmsLength.SingleGsm7);
        return fits >= 5
            ? $"Undangan jadi lebih dari 1 SMS. Tulis tempat lebih singkat, paling banyak {fits} huruf, misalnya Balai Desa."
            : "Undangan jadi lebih dari 1 SMS. Tulis tempat lebih singkat, misalnya Balai Desa.";
    }

    internal static string Problem(MeetingRequestProblem? problem, string fragment, Sender sender) => problem switch
    {
        MeetingRequestProblem.MissingGroup when sender.Role == Role.Ketua => "Tulis: RAPAT hari jam tempat, misalnya RAPAT Senin 15.00 Balai Desa.",
        MeetingRequestProblem.MissingGroup => "Tulis: RAPAT kode hari jam tempat, misalnya RAPAT MAWAR Senin 15.00 Balai Desa.",
        MeetingRequestProblem.MissingDate or MeetingRequestProblem.BadDate =>
            $"Tanggal '{AmountTexts.Short(fragment)}' kurang jelas. Tulis hari (Senin) atau tanggal (12/12), misalnya RAPAT MAWAR Senin 15.00.",
        MeetingRequestProblem.MissingTime or MeetingRequestProblem.BadTime =>
            $"Jam '{AmountTexts.Short(fragment)}' kurang jelas. Tulis misalnya 15.00 atau jam 3 sore.",
        MeetingRequestProblem.InThePast => $"{sender.Addressed}, waktu itu sudah lewat. Tulis hari dan jam yang akan datang.",
        _ => "Tulis: RAPAT kode hari jam tempat, misalnya RAPAT MAWAR Senin 15.00 Balai Desa.",
    };
}
