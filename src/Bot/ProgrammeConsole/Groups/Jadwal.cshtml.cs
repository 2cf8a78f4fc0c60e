using Microsoft.AspNetCore.Mvc;
using Pkkpm.Bot.ProgrammeConsole.People;
using Pkkpm.Conversations.Groups;
using Pkkpm.Conversations.People;
using Pkkpm.Data;
using Pkkpm.Data.Stores;

namespace Pkkpm.Bot.ProgrammeConsole.Groups;

/// <summary>
/// /console/kpb/{code}/jadwal: the group's routine meetings (kekerapan, hari, jam, tempat, pertemuan
/// pertama), checked by the import's rules (<see cref="ScheduleRules"/>); form → summary with the next
/// meeting it gives → "Ya" checks again and saves, logged as the signed-in person's, from the console.
/// JADWAL, HADIR and the console's meetings due read the groups row, so they follow at once. Open to
/// the group's pendamping and an admin, like the forms about people; anyone else gets the 404.
/// </summary>
public sealed class JadwalModel(IDatabase database, PeopleDesk desk, TimeProvider clock) : ManagedGroupPage(database, desk)
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

    public Task<IActionResult> OnPostSimpanAsync(string code, CancellationToken cancellationToken) => SaveAsync(code, Check, Summary, Record, cancellationToken);

    public string NextMeeting(MeetingSchedule schedule) => GroupSchedules.NextRoutine(schedule, clock);

    private string Summary(MeetingSchedule schedule) =>
        $"Jadwal {Group.Name} menjadi: {ScheduleRules.Describe(schedule)}. Pertemuan berikutnya: {NextMeeting(schedule)}.";

    private PeopleCheck<MeetingSchedule> Check => (_, by, _) => Task.FromResult(ManagedGroups.Manages(by, Group.GroupId)
        ? ScheduleRules.Read(Kekerapan!, Hari!, Jam!, Tempat!, Mulai)
        : Checked<MeetingSchedule>.Refused($"Maaf, {Group.Name} bukan kelompok dampingan Anda. Tidak ada yang diubah."));

    // The desk hands over the store it made for this request; only the store knows the schedule log.
    private PeopleRecord<MeetingSchedule> Record => async (data, _, schedule, cancellationToken) =>
    {
        var old = ScheduleRules.Describe(await data.GetMeetingScheduleAsync(Group.GroupId, cancellationToken));
        await ((ConversationData)data).ChangeMeetingScheduleAsync(Group.GroupId, schedule, old, cancellationToken);
        return new PeopleOutcome(true, $"Jadwal {Group.Name} tersimpan. Pertemuan berikutnya: {NextMeeting(schedule)}.", []);
    };

    protected override async Task LoadAsync(CancellationToken cancellationToken) =>
        Current = await GroupSchedules.ReadAsync(Database, Group.GroupId, clock, cancellationToken);

    protected override string? Incomplete() =>
        new[] { Kekerapan, Hari, Jam, Tempat }.Any(string.IsNullOrWhiteSpace) ? "Isi kekerapan, hari, jam dan tempat pertemuan." : null;
}
