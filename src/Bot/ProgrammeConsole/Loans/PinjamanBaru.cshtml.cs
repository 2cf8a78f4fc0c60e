using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using Pkkpm.Bot.ProgrammeConsole.Access;
using Pkkpm.Bot.ProgrammeConsole.Dashboard;
using Pkkpm.Bot.ProgrammeConsole.People;
using Pkkpm.Conversations.Engine;
using Pkkpm.Conversations.Loans;
using Pkkpm.Conversations.People;
using Pkkpm.Data;
using Pkkpm.Data.Console;

namespace Pkkpm.Bot.ProgrammeConsole.Loans;

/// <summary>
/// /console/anggota/{id}/pinjaman-baru: CAIR as a form for one member. The chat's own rules
/// (<see cref="Disbursements"/>) through <see cref="PeopleDesk"/>: form → the chat's summary → "Ya"
/// checks again and records, as the signed-in person, from the console; the member gets the chat's
/// schedule SMS. Open to the pendamping of the member's group and to an admin; anyone else gets the
/// 404 a missing member gets, on every step.
/// </summary>
public sealed class PinjamanBaruModel(IDatabase database, PeopleDesk desk, IOptions<ConversationOptions> options, TimeProvider clock) : PageModel
{
    public AreaMember Member { get; private set; } = null!;

    public ConsolePeople.Group Group { get; private set; } = null!;

    public PeopleStep? Step { get; private set; }

    [BindProperty]
    public string? Jumlah { get; set; }

    [BindProperty]
    public int? Kali { get; set; }

    [BindProperty]
    public string? Frekuensi { get; set; }

    /// <summary>Optional: an instalment agreed with the group instead of the computed one ("angsuran 45rb" in the chat).</summary>
    [BindProperty]
    public string? Angsuran { get; set; }

    /// <summary>The summary as the viewer saw it, sent back with "Ya": recorded only if it still holds.</summary>
    [BindProperty]
    public string? Ringkasan { get; set; }

    public static IReadOnlyList<LoanFrequency> Cadences { get; } = Enum.GetValues<LoanFrequency>();

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken cancellationToken) =>
        await FindAsync(id, cancellationToken) ? Page() : NotFound();

    public Task<IActionResult> OnPostUbahAsync(long id, CancellationToken cancellationToken) => OnGetAsync(id, cancellationToken);

    public async Task<IActionResult> OnPostAsync(long id, CancellationToken cancellationToken)
    {
        if (!await FindAsync(id, cancellationToken)) return NotFound();
        var checkedRequest = Incomplete() is { } missing ? Checked<LoanRequest>.Refused(missing) : await desk.CheckAsync(HttpContext.Viewer(), Check, cancellationToken);
        Step = checkedRequest.Request is { } request ? PeopleStep.Confirm(Summary(request)) : PeopleStep.Refused(checkedRequest.Refusal!);
        Ringkasan = Step.Summary;
        return Page();
    }

    public async Task<IActionResult> OnPostSimpanAsync(long id, CancellationToken cancellationToken)
    {
        if (!await FindAsync(id, cancellationToken)) return NotFound();
        Step = Incomplete() is { } missing ? PeopleStep.Refused(missing)
            : await desk.SaveAsync(HttpContext.Viewer(), Check, Summary, Ringkasan, Record, cancellationToken);
        Ringkasan = Step.Summary;
        return Page();
    }

    public static string Summary(LoanRequest request) => string.Join(" ", request.Summary());

    private LoanOptions Terms => options.Value.Loans;

    private PeopleCheck<LoanRequest> Check => (data, by, cancellationToken) =>
        Disbursements.CheckMemberAsync(data, by, Terms, Wib.Today(clock), new GroupRef(Group.GroupId, Group.Code, Group.Name), Member.PersonId,
            new Disbursement(Group.Code, Member.Name, Jumlah!, Kali!.Value, Cadence!.Value, string.IsNullOrWhiteSpace(Angsuran) ? null : Angsuran), cancellationToken);

    private PeopleRecord<LoanRequest> Record => (data, by, request, cancellationToken) =>
        Disbursements.RecordAsync(data, by, Terms, Wib.Today(clock), request, cancellationToken);

    private LoanFrequency? Cadence => Frekuensi is not null && LoanCadence.TryRead(Frekuensi, out var frequency) ? frequency : null;

    private string? Incomplete() =>
        string.IsNullOrWhiteSpace(Jumlah) || Kali is null || Cadence is null ? "Isi jumlah pinjaman, berapa kali angsuran, dan jadwal angsurannya." : null;

    // The member's group that the viewer manages; a member of two groups borrows in the first of them.
    private async Task<bool> FindAsync(long id, CancellationToken cancellationToken)
    {
        var viewer = HttpContext.Viewer();
        if (!ManagedGroupPage.MayManagePeople(viewer)) return false;
        if (await ConsoleAreas.MemberAsync(viewer, database, id, cancellationToken) is not { Member: { } member }) return false;
        Member = member;
        Group = member.Groups[0];
        return true;
    }
}
