using Microsoft.AspNetCore.Mvc;
using Pkkpm.Conversations.People;
using Pkkpm.Data;

namespace Pkkpm.Bot.ProgrammeConsole.People;

/// <summary>/console/kpb/{code}/pengurus: GANTI KETUA / GANTI BENDAHARA as a form; both people are told by SMS.</summary>
public sealed class PengurusModel(IDatabase database, PeopleDesk desk) : RosterPage(database, desk)
{
    [BindProperty]
    public string? Jabatan { get; set; }

    [BindProperty]
    public string? Anggota { get; set; }

    public Task<IActionResult> OnGetAsync(string code, CancellationToken cancellationToken) => ShowAsync(code, cancellationToken);

    public Task<IActionResult> OnPostUbahAsync(string code, CancellationToken cancellationToken) => ShowAsync(code, cancellationToken);

    public Task<IActionResult> OnPostAsync(string code, CancellationToken cancellationToken) =>
        ProposeAsync(code, Check, r => r.Summary(), cancellationToken);

    public Task<IActionResult> OnPostSimpanAsync(string code, CancellationToken cancellationToken) =>
        SaveAsync(code, Check, r => r.Summary(), OfficerChanges.RecordAsync, cancellationToken);

    private PeopleCheck<OfficerRequest> Check => (data, by, cancellationToken) =>
        OfficerChanges.CheckAsync(data, by, OfficerChanges.Parse(Jabatan ?? "").Role, Group.Code, Anggota!, cancellationToken);

    protected override string? Incomplete() =>
        string.IsNullOrWhiteSpace(Jabatan) || string.IsNullOrWhiteSpace(Anggota) ? "Pilih jabatan dan anggota yang ditunjuk." : null;
}
