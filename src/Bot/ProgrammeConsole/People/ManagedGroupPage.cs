using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Pkkpm.Bot.ProgrammeConsole.Access;
using Pkkpm.Bot.ProgrammeConsole.Dashboard;
using Pkkpm.Conversations.People;
using Pkkpm.Data;
using Pkkpm.Data.Console;

namespace Pkkpm.Bot.ProgrammeConsole.People;

/// <summary>
/// A form about one KPB's people (/console/kpb/{code}/...): open to the group's pendamping and to an
/// admin; for anyone else, and for a group that does not exist, the same 404. Each form goes form →
/// summary (POST) → saved (POST to Simpan, checked again); the page says which step it is at.
/// </summary>
public abstract class ManagedGroupPage(IDatabase database, PeopleDesk desk) : PageModel
{
    public ConsolePeople.Group Group { get; private set; } = null!;

    public PeopleStep? Step { get; private set; }

    /// <summary>The summary as the viewer saw it, sent back with Simpan: saved only if it still holds.</summary>
    [BindProperty]
    public string? Ringkasan { get; set; }

    protected PeopleDesk Desk => desk;

    protected IDatabase Database => database;

    protected ConsoleViewer Viewer => HttpContext.Viewer();

    /// <summary>Whether the viewer may use these forms for <paramref name="viewer"/>'s groups; the chat's rules
    /// (<see cref="ManagedGroups"/>) decide again for the group itself when a form is checked.</summary>
    public static bool MayManagePeople(ConsoleViewer viewer) => viewer.Role is Role.Pendamping or Role.Admin;

    /// <summary>The form (GET, or "Ubah" from the summary), for a group the viewer manages; else 404.</summary>
    protected async Task<IActionResult> ShowAsync(string code, CancellationToken cancellationToken)
    {
        if (!await FindGroupAsync(code, cancellationToken)) return NotFound();
        await LoadAsync(cancellationToken);
        return Page();
    }

    protected async Task<IActionResult> ProposeAsync<T>(string code, PeopleCheck<T> check, Func<T, string> summary, CancellationToken cancellationToken)
        where T : class
    {
        if (!await FindGroupAsync(code, cancellationToken)) return NotFound();
        var checkedRequest = Incomplete() is { } missing ? Checked<T>.Refused(missing) : await desk.CheckAsync(Viewer, check, cancellationToken);
        Step = checkedRequest.Request is { } request ? PeopleStep.Confirm(summary(request)) : PeopleStep.Refused(checkedRequest.Refusal!);
        Ringkasan = Step.Summary;
        await LoadAsync(cancellationToken);
        return Page();
    }

    protected async Task<IActionResult> SaveAsync<T>(string code, PeopleCheck<T> check, Func<T, string> summary, PeopleRecord<T> record,
        CancellationToken cancellationToken) where T : class
    {
        if (!await FindGroupAsync(code, cancellationToken)) return NotFound();
        Step = Incomplete() is { } missing ? PeopleStep.Refused(missing)
            : await desk.SaveAsync(Viewer, check, summary, Ringkasan, record, cancellationToken);
        Ringkasan = Step.Summary;
        await LoadAsync(cancellationToken);
        return Page();
    }

    /// <summary>What the page shows beside the form (the group's list); nothing by default.</summary>
    protected virtual Task LoadAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>A sentence when a field is empty, before any rule is asked.</summary>
    protected abstract string? Incomplete();

    private async Task<bool> FindGroupAsync(string code, CancellationToken cancellationToken)
    {
        var viewer = Viewer;
        if (!MayManagePeople(viewer)) return false;
        var area = await ConsoleAreas.GroupAsync(viewer, database, code, cancellationToken);
        if (area?.Group is null) return false;
        Group = area.Group;
        return true;
    }
}
