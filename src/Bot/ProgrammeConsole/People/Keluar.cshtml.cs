using Microsoft.AspNetCore.Mvc;
using Pkkpm.Conversations.People;
using Pkkpm.Data;

namespace Pkkpm.Bot.ProgrammeConsole.People;

/// <summary>/console/kpb/{code}/keluar: KELUAR as a form; her history stays, she is told by SMS.</summary>
public sealed class KeluarModel(IDatabase database, PeopleDesk desk) : RosterPage(database, desk)
{
    [BindProperty]
    public string? Anggota { get; set; }

    public Task<IActionResult> OnGetAsync(string code, CancellationToken cancellationToken) => ShowAsync(code, cancellationToken);

    public Task<IActionResult> OnPostUbahAsync(string code, CancellationToken cancellationToken) => ShowAsync(code, cancellationToken);

    public Task<IActionResult> OnPostAsync(string code, CancellationToken cancellationToken) =>
        ProposeAsync(code, Check, r => r.Summary(), cancellationToken);

    public Task<IActionResult> OnPostSimpanAsync(string code, CancellationToken cancellationToken) =>
        SaveAsync(code, Check, r => r.Summary(), Leavings.RecordAsync, cancellationToken);

    private PeopleCheck<LeavingRequest> Check => (data, by, cancellationToken) =>
        Leavings.CheckAsync(data, by, Group.Code, Anggota!, cancellationToken);

    protected override string? Incomplete() => string.IsNullOrWhiteSpace(Anggota) ? "Pilih anggota yang keluar." : null;
}
