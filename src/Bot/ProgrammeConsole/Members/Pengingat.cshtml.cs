using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Pkkpm.Bot.ProgrammeConsole.Access;
using Pkkpm.Bot.ProgrammeConsole.Dashboard;
using Pkkpm.Bot.ProgrammeConsole.People;
using Pkkpm.Data;
using Pkkpm.Data.Console;

namespace Pkkpm.Bot.ProgrammeConsole.Members;

/// <summary>
/// /console/anggota/{id}/pengingat: the weekly arrears reminder (INGATKAN) switched on at the member's
/// request (the form asks the viewer to confirm she asked: a reminder nobody asked for reads as a debt
/// collector) or off, by her group's pendamping or an admin; anyone else gets the 404 a missing member gets.
/// </summary>
public sealed class PengingatModel(IDatabase database, TimeProvider clock) : PageModel
{
    public AreaMember Member { get; private set; } = null!;

    public ConsolePeople.Group Group { get; private set; } = null!;

    public bool IsOn { get; private set; }

    public PeopleStep? Step { get; private set; }

    /// <summary>The viewer's word that the member asked for it; required to switch it on.</summary>
    [BindProperty]
    public bool AtasPermintaan { get; set; }

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken cancellationToken) =>
        await FindAsync(id, cancellationToken) ? Page() : NotFound();

    public Task<IActionResult> OnPostNyalakanAsync(long id, CancellationToken cancellationToken) => SwitchAsync(id, true, cancellationToken);

    public Task<IActionResult> OnPostMatikanAsync(long id, CancellationToken cancellationToken) => SwitchAsync(id, false, cancellationToken);

    private async Task<IActionResult> SwitchAsync(long id, bool wanted, CancellationToken cancellationToken)
    {
        if (!await FindAsync(id, cancellationToken)) return NotFound();
        Step = wanted && !AtasPermintaan
            ? PeopleStep.Refused("Centang \"atas permintaan anggota\": pengingat dinyalakan hanya bila anggota memintanya. Tidak ada yang diubah.")
            : await ReminderSwitch.SetAsync(database, clock, HttpContext.Viewer(), Group.GroupId, Member.PersonId, wanted, cancellationToken);
        IsOn = await ReminderSwitch.IsOnAsync(database, id, cancellationToken);
        return Page();
    }

    // As the loan form: the member's first group that the viewer sees; the desk asks again who manages it.
    private async Task<bool> FindAsync(long id, CancellationToken cancellationToken)
    {
        var viewer = HttpContext.Viewer();
        if (!ManagedGroupPage.MayManagePeople(viewer)) return false;
        if (await ConsoleAreas.MemberAsync(viewer, database, id, cancellationToken) is not { Member: { } member }) return false;
        Member = member;
        Group = member.Groups[0];
        IsOn = await ReminderSwitch.IsOnAsync(database, id, cancellationToken);
        return true;
    }
}
