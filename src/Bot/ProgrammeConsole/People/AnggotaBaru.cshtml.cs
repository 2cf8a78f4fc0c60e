using Microsoft.AspNetCore.Mvc;
using Pkkpm.Conversations.People;
using Pkkpm.Conversations.Registration;
using Pkkpm.Data;

namespace Pkkpm.Bot.ProgrammeConsole.People;

/// <summary>/console/kpb/{code}/anggota-baru: DAFTAR ANGGOTA as a form; the new member gets the chat's welcome SMS.</summary>
public sealed class AnggotaBaruModel(IDatabase database, PeopleDesk desk) : ManagedGroupPage(database, desk)
{
    [BindProperty]
    public string? Nomor { get; set; }

    [BindProperty]
    public string? Nama { get; set; }

    [BindProperty]
    public string? Sapaan { get; set; }

    public bool IsBapak => Sapaan == Salutations.Bapak;

    public Task<IActionResult> OnGetAsync(string code, CancellationToken cancellationToken) => ShowAsync(code, cancellationToken);

    public Task<IActionResult> OnPostUbahAsync(string code, CancellationToken cancellationToken) => ShowAsync(code, cancellationToken);

    public Task<IActionResult> OnPostAsync(string code, CancellationToken cancellationToken) =>
        ProposeAsync(code, Check, r => r.Summary(), cancellationToken);

    public Task<IActionResult> OnPostSimpanAsync(string code, CancellationToken cancellationToken) =>
        SaveAsync(code, Check, r => r.Summary(), Registrations.RecordAsync, cancellationToken);

    // The salutation chosen on the form goes before the name, as "Bu"/"Pak" does in the chat.
    private PeopleCheck<RegistrationRequest> Check => (data, by, cancellationToken) =>
        Registrations.CheckAsync(data, by, new RegistrationArguments(Group.Code, Nomor, $"{(IsBapak ? Salutations.Bapak : Salutations.Ibu)} {Nama}"), cancellationToken);

    protected override string? Incomplete() =>
        string.IsNullOrWhiteSpace(Nomor) || string.IsNullOrWhiteSpace(Nama) ? "Isi nomor HP dan nama anggota baru." : null;
}
