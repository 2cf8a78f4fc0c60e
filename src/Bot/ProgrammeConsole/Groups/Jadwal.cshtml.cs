using Microsoft.AspNetCore.Mvc;
using Pkkpm.Bot.Broadcasts;
using Pkkpm.Bot.ProgrammeConsole.People;
using Pkkpm.Conversations.Attendance;
using Pkkpm.Conversations.Groups;
using Pkkpm.Conversations.People;
using Pkkpm.Data;
using Pkkpm.Data.Stores;

namespace Pkkpm.Bot.ProgrammeConsole.Groups;

/// <summary>
/// /console/kpb/{code}/jadwal: the group's routine meetings (kekerapan, hari, jam, tempat, pertemuan
/// pertama), checked by the import's rules (<see cref="ScheduleRules"/>); form → summary with the next
/// meeting it gives → "Ya" checks again and saves, logged as the signed-in person's, from the console.
/// JADWAL, HADIR and the console's meetings due read the groups row, so they follow at once; a changed
/// schedule is told to every member by SMS in the same transaction (<see cref="ScheduleNotice"/>). Open
/// to the group's pendamping and an admin, like the forms about people; anyone else gets the 404.
/// </summary>
public sealed class JadwalModel(IDatabase database, PeopleDesk desk, TimeProvider clock, BroadcastSignal broadcasts) : ManagedGroupPage(database, desk)
{
    [BindProperty] public string? Kekerapan { get; set; }
    [BindProperty] public string? Hari { get; set; }
    [BindProperty] public string? Jam { get; set; }
    [BindProperty] public string? Tempat { get; set; }
    [BindProperty] public string? Mulai { get; set; }

    public MeetingSchedule Current { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken cancellationToken)
    {
        var shown = await ShowAsync(code, cancellationToken);
        if (Step is null && Current is { } now) // the form starts from the schedule as it is
            (Kekerapan, Hari, Jam, Tempat, Mulai) = (now.Cadence, now.Day, now.Time.ToString("HH\\:mm"), now.Place, now.FirstMeeting?.ToString("yyyy-MM-dd"));
        return shown;
    }

    public Task<IActionResult> OnPostUbahAsync(string code, CancellationToken cancellationToken) => ShowAsync(code, cancellationToken);

    public Task<IActionResult> OnPostAsync(string code, CancellationToken cancellationToken) => ProposeAsync(code, Check, Summary, cancellationToken);

    public async Task<IActionResult> OnPostSimpanAsync(string code, CancellationToken cancellationToken)
    {
        var saved = await SaveAsync(code, Check, Summary, Record, cancellationToken);
        // Committed: the fan-out may put the members' notices into the outbox now, as after RAPAT.
        if (Step?.Done is not null) broadcasts.Wake();
        return saved;
    }

    public string NextMeeting(MeetingSchedule schedule) => GroupSchedules.NextRoutine(schedule, clock);

    // The count is part of the summary: a member who joins or opts out before "Ya" shows it again.
    private string Summary(ScheduleChange change) =>
        $"Jadwal {Group.Name} menjadi: {ScheduleRules.Describe(change.Schedule)}. Pertemuan berikutnya: {NextMeeting(change.Schedule)}. " + (change.Told is { } told
            ? $"{told.Recipients} anggota akan diberi tahu lewat SMS{(told.OptedOut > 0 ? $" ({told.OptedOut} berhenti langganan tidak dikirimi)" : "")}."
            : "Jadwal sama seperti sekarang: tidak ada SMS ke anggota.");

    private PeopleCheck<ScheduleChange> Check => async (data, by, cancellationToken) =>
    {
        if (!ManagedGroups.Manages(by, Group.GroupId))
            return Checked<ScheduleChange>.Refused($"Maaf, {Group.Name} bukan kelompok dampingan Anda. Tidak ada yang diubah.");
        var read = ScheduleRules.Read(Kekerapan!, Hari!, Jam!, Tempat!, Mulai);
        if (read.Request is not { } schedule) return Checked<ScheduleChange>.Refused(read.Refusal!);
        var current = await data.GetMeetingScheduleAsync(Group.GroupId, cancellationToken);
        return Checked<ScheduleChange>.Ready(new ScheduleChange(schedule,
            ScheduleChange.Same(current, schedule) ? null : await data.GetAudienceAsync([Group.GroupId], cancellationToken)));
    };

    // The desk hands over the store it made for this request; only the store knows the schedule log.
    private PeopleRecord<ScheduleChange> Record => async (data, by, change, cancellationToken) =>
    {
        var store = (ConversationData)data;
        var old = ScheduleRules.Describe(await data.GetMeetingScheduleAsync(Group.GroupId, cancellationToken));
        await store.ChangeMeetingScheduleAsync(Group.GroupId, change.Schedule, old, cancellationToken);
        var saved = $"Jadwal {Group.Name} tersimpan. Pertemuan berikutnya: {NextMeeting(change.Schedule)}.";
        if (change.Told is null) return new PeopleOutcome(true, saved, []);
        var notice = ScheduleNotice.Text(Group.Name, change.Schedule, MeetingDates.Next(change.Schedule, clock.GetUtcNow()), by);
        var sent = await store.TellMeetingScheduleAsync(Group.GroupId, notice, cancellationToken);
        return new PeopleOutcome(true, $"{saved} {sent.Recipients} anggota diberi tahu lewat SMS.", []);
    };

    protected override async Task LoadAsync(CancellationToken cancellationToken) =>
        Current = await GroupSchedules.ReadAsync(Database, Group.GroupId, clock, cancellationToken);

    protected override string? Incomplete() =>
        new[] { Kekerapan, Hari, Jam, Tempat }.Any(string.IsNullOrWhiteSpace) ? "Isi kekerapan, hari, jam dan tempat pertemuan." : null;
}
