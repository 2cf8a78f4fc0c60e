using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Pkkpm.Bot.ProgrammeConsole.Access;
using Pkkpm.Bot.ProgrammeConsole.People;
using Pkkpm.Conversations.Meetings;
using Pkkpm.Conversations.People;

namespace Pkkpm.Bot.ProgrammeConsole.Meetings;

/// <summary>
/// /console/rapat: RAPAT (one group) and RAPAT SEMUA (all of a pendamping's groups) as a form:
/// form → the chat's summary (POST) → "Ya" saves as the chat's YA does (POST to Simpan, checked
/// again). A pendamping's own groups, an admin's any; everyone else, and a group out of reach, 404.
/// </summary>
public sealed class RapatModel(MeetingDesk desk) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Kelompok { get; set; }

    /// <summary>yyyy-MM-dd, as a date field sends it.</summary>
    [BindProperty]
    public string? Tanggal { get; set; }

    /// <summary>HH:mm, as a time field sends it.</summary>
    [BindProperty]
    public string? Jam { get; set; }

    [BindProperty]
    public string? Tempat { get; set; }

    /// <summary>
    /// The invitation names the date's pasaran ("Sabtu Wage 28/11"), as RAPAT MAWAR Sabtu Wage does
    /// in the chat: the meeting keeps it, so its reminder, JADWAL and HADIR say it too.
    /// </summary>
    [BindProperty]
    public bool SebutPasaran { get; set; }

    /// <summary>The summary as the viewer saw it, sent back with Simpan: saved only if it still holds.</summary>
    [BindProperty]
    public string? Ringkasan { get; set; }

    public IReadOnlyList<GroupRef> Groups { get; private set; } = [];

    public bool OffersAllGroups { get; private set; }

    public PeopleStep? Step { get; private set; }

    public const string AllGroups = MeetingCalls.AllGroups;

    public Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => ShowAsync(cancellationToken);

    public Task<IActionResult> OnPostUbahAsync(CancellationToken cancellationToken) => ShowAsync(cancellationToken);

    public Task<IActionResult> OnPostAsync(CancellationToken cancellationToken) =>
        StepAsync(request => desk.CheckAsync(HttpContext.Viewer(), request, cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostSimpanAsync(CancellationToken cancellationToken) =>
        StepAsync(request => desk.SaveAsync(HttpContext.Viewer(), request, Ringkasan, cancellationToken), cancellationToken);

    private async Task<IActionResult> ShowAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken)) return NotFound();
        // A group asked for that is not the viewer's is a group out of reach.
        if (Kelompok is not null && !InReach(Kelompok)) return NotFound();
        return Page();
    }

    private async Task<IActionResult> StepAsync(Func<MeetingRequest, Task<PeopleStep>> step, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken)) return NotFound();
        if (string.IsNullOrWhiteSpace(Kelompok) || !InReach(Kelompok)) return NotFound();
        Step = Read() is { } request ? await step(request) : PeopleStep.Refused("Isi tanggal dan jam rapat.");
        Ringkasan = Step.Summary;
        return Page();
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        var viewer = HttpContext.Viewer();
        if (viewer.Role is not (Role.Pendamping or Role.Admin)) return false;
        Groups = await desk.GroupsAsync(viewer, cancellationToken);
        // RAPAT SEMUA is a pendamping's: an admin accompanies no groups.
        OffersAllGroups = viewer.Role == Role.Pendamping && Groups.Count > 0;
        return Groups.Count > 0;
    }

    private bool InReach(string code) =>
        OffersAllGroups && code == AllGroups || Groups.Any(g => g.Code.Equals(code, StringComparison.OrdinalIgnoreCase));

    private MeetingRequest? Read() =>
        DateOnly.TryParseExact(Tanggal, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
        && TimeOnly.TryParseExact(Jam, ["HH:mm", "HH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var time)
            ? new MeetingRequest(Kelompok!.ToUpperInvariant(), date, time, string.IsNullOrWhiteSpace(Tempat) ? null : Tempat.Trim(),
                SebutPasaran ? Pasaran.Of(date) : null)
            : null;
}
