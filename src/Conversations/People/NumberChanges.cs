using Pkkpm.Conversations.Turns;

namespace Pkkpm.Conversations.People;

/// <summary>
/// GANTI NOMOR lama baru: a member or officer of the pendamping's groups moves to a new number with
/// everything that is hers (the person keeps her id, so her ledger, attendance, loans and reports
/// follow; her conversation and opt-out move with her). Both numbers are told; the old one is then
/// unknown, as any number we never had.
/// </summary>
public static class NumberChanges
{
    public const string Usage = "Tulis: GANTI NOMOR lama baru, misalnya GANTI NOMOR 0812-1111-0001 0813-2222-0002.";

    public static (string? Old, string? New) Parse(string arguments)
    {
        var phones = TypedPhones.Find(arguments);
        return (phones.ElementAtOrDefault(0).Typed, phones.ElementAtOrDefault(1).Typed);
    }

    public static async Task<Checked<NumberChangeRequest>> CheckAsync(IConversationData data, Sender by, string? oldTyped, string? newTyped, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(oldTyped) || string.IsNullOrWhiteSpace(newTyped)) return Checked<NumberChangeRequest>.Refused(Usage);
        foreach (var typed in new[] { oldTyped, newTyped })
            if (!TypedPhones.TryMobile(typed, out _))
                return Checked<NumberChangeRequest>.Refused($"Maaf {by.Addressed}, {Deposits.AmountTexts.Short(typed)} bukan nomor HP yang benar. {Usage}");
        TypedPhones.TryMobile(oldTyped, out var oldPhone);
        TypedPhones.TryMobile(newTyped, out var newPhone);
        if (oldPhone == newPhone)
            return Checked<NumberChangeRequest>.Refused($"Maaf {by.Addressed}, nomor lama dan nomor baru sama. Tidak ada yang diubah.");
        return await CheckAgainAsync(data, by, oldPhone, newPhone, cancellationToken);
    }

    public static async Task<PeopleOutcome> RecordAsync(IConversationData data, Sender by, NumberChangeRequest request, CancellationToken cancellationToken)
    {
        // Another message may have taken the new number, or moved the person, since the summary.
        var again = await CheckAgainAsync(data, by, request.OldPhone, request.NewPhone, cancellationToken);
        if (again.Request is null) return PeopleOutcome.Refused(again.Refusal!);
        await data.ChangePhoneAsync(request.PersonId, request.OldPhone, request.NewPhone, cancellationToken);
        var (salutation, first, group) = (request.Salutation, request.FirstName, request.GroupName);
        return new PeopleOutcome(true,
            $"Nomor {request.Named} kini {TypedPhones.Display(request.NewPhone)}. Nomor lama dan baru sudah diberi tahu.",
            [
                new QueueOutbound(request.NewPhone, null,
                    $"{salutation} {first}, nomor ini kini terdaftar untuk {salutation} di SMS {group} (diganti {by.ByRole}). Tabungan dan riwayat ikut pindah. Ketik SALDO.",
                    PeopleOutcome.Kind),
                new QueueOutbound(request.OldPhone, null,
                    $"SMS {group} untuk {salutation} {first} pindah ke nomor yang berakhiran {request.NewPhone[^3..]} (diganti {by.ByRole}). Nomor ini tidak dipakai lagi.",
                    PeopleOutcome.Kind),
            ]);
    }

    private static async Task<Checked<NumberChangeRequest>> CheckAgainAsync(IConversationData data, Sender by, string oldPhone, string newPhone, CancellationToken cancellationToken)
    {
        var person = await data.FindPersonAsync(oldPhone, cancellationToken);
        var group = person?.Groups.FirstOrDefault(g => ManagedGroups.Manages(by, g.GroupId));
        if (person is null || group is null || person.Role is Role.Pendamping || person.Role.IsProgrammeStaff())
            return Checked<NumberChangeRequest>.Refused(
                $"Maaf {by.Addressed}, nomor {TypedPhones.Display(oldPhone)} bukan nomor anggota kelompok dampingan {by.Salutation}. Tidak ada yang diubah.");
        if (await data.FindPersonAsync(newPhone, cancellationToken) is not null)
            return Checked<NumberChangeRequest>.Refused(
                $"Maaf {by.Addressed}, nomor {TypedPhones.Display(newPhone)} sudah dipakai di layanan PKKPM. Tidak ada yang diubah.");
        return Checked<NumberChangeRequest>.Ready(new NumberChangeRequest(person.PersonId, person.Named, person.Salutation,
            Names.Short(person.Name, person.Panggilan), group.Name, oldPhone, newPhone));
    }
}
