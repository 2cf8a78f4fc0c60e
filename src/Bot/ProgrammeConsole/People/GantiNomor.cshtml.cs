using Microsoft.AspNetCore.Mvc;
using Pkkpm.Conversations.People;
using Pkkpm.Data;

namespace Pkkpm.Bot.ProgrammeConsole.People;

/// <summary>/console/kpb/{code}/ganti-nomor: GANTI NOMOR as a form; both numbers get the chat's SMS.</summary>
public sealed class GantiNomorModel(IDatabase database, PeopleDesk desk) : RosterPage(database, desk)
{
    /// <summary>Her number now (chosen from the list).</summary>
    [BindProperty]
    public string? Anggota { get; set; }

    [BindProperty]
    public string? NomorBaru { get; set; }

    public Task<IActionResult> OnGetAsync(string code, CancellationToken cancellationToken) => ShowAsync(code, cancellationToken);

    public Task<IActionResult> OnPostUbahAsync(string code, CancellationToken cancellationToken) => ShowAsync(code, cancellationToken);

    public Task<IActionResult> OnPostAsync(string code, CancellationToken cancellationToken) =>
        ProposeAsync(code, Check, r => r.Summary(), cancellationToken);

    public Task<IActionResult> OnPostSimpanAsync(string code, CancellationToken cancellationToken) =>
        SaveAsync(code, Check, r => r.Summary(), NumberChanges.RecordAsync, cancellationToken);

    private PeopleCheck<NumberChangeRequest> Check => (data, by, cancellationToken) =>
        NumberChanges.CheckAsync(data, by, Anggota, NomorBaru, cancellationToken);

    protected override string? Incomplete() =>
        string.IsNullOrWhiteSpace(Anggota) || string.IsNullOrWhiteSpace(NomorBaru) ? "Pilih anggota dan isi nomor barunya." : null;
}
