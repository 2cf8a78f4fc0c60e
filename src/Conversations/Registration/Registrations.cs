using Pkkpm.Conversations.People;
using Pkkpm.Conversations.Turns;

namespace Pkkpm.Conversations.Registration;

/// <summary>
/// DAFTAR ANGGOTA: a pendamping (or an admin, in the console) registers a new member of a group.
/// Checked first (who asks, which group, the number, the name); recorded on YA, checked again, with
/// one welcome SMS to her. The chat and the console both come here: one set of rules and texts.
/// </summary>
public static class Registrations
{
    public const string Usage = "Tulis: DAFTAR ANGGOTA kode nomor nama, misalnya DAFTAR ANGGOTA MAWAR 0812-3456-7890 Ibu Sri Lestari.";

    public static async Task<Checked<RegistrationRequest>> CheckAsync(IConversationData data, Sender by, RegistrationArguments typed, CancellationToken cancellationToken)
    {
        var (group, refusal) = await ManagedGroups.ResolveAsync(data, by, typed.Code, Usage, cancellationToken);
        if (group is null) return Checked<RegistrationRequest>.Refused(refusal!);
        if (typed.Phone is null) return Checked<RegistrationRequest>.Refused(Usage);
        if (!TypedPhones.TryMobile(typed.Phone, out var phone))
            return Checked<RegistrationRequest>.Refused($"Maaf {by.Addressed}, {Deposits.AmountTexts.Short(typed.Phone)} bukan nomor HP yang benar. Tulis misalnya 0812-3456-7890.");
        var (name, salutation) = NewMemberName.Read(typed.Name);
        if (name.Length == 0)
            return Checked<RegistrationRequest>.Refused($"Maaf {by.Addressed}, nama anggota belum ditulis. {Usage}");
        if (!NewMemberName.IsWritable(name))
            return Checked<RegistrationRequest>.Refused($"Maaf {by.Addressed}, nama hanya boleh huruf dan tanda baca biasa (tanpa emoji atau huruf khusus). Tulis ulang namanya.");
        if (name.Length > NewMemberName.Longest)
            return Checked<RegistrationRequest>.Refused($"Maaf {by.Addressed}, nama terlalu panjang (paling banyak {NewMemberName.Longest} huruf). Tulis nama yang dipakai sehari-hari.");
        var onFile = await data.FindPersonAsync(phone, cancellationToken);
        if (LeftEarlier(onFile) is { } returning)
            return Checked<RegistrationRequest>.Ready(new RegistrationRequest(group.GroupId, group.Code, group.Name, phone, returning.Name, returning.Salutation, returning.PersonId));
        if (onFile is not null)
            return Checked<RegistrationRequest>.Refused(AlreadyRegistered(by, phone));
        return Checked<RegistrationRequest>.Ready(new RegistrationRequest(group.GroupId, group.Code, group.Name, phone, name, salutation));
    }

    public static async Task<PeopleOutcome> RecordAsync(IConversationData data, Sender by, RegistrationRequest request, CancellationToken cancellationToken)
    {
        // Another message may have registered the number (or brought her back) since the summary.
        var onFile = await data.FindPersonAsync(request.Phone, cancellationToken);
        if (onFile is not null && LeftEarlier(onFile)?.PersonId != request.ReturningPersonId)
            return PeopleOutcome.Refused(AlreadyRegistered(by, request.Phone));
        if (onFile is null && request.ReturningPersonId is not null)
            return PeopleOutcome.Refused(Usage);
        await data.RegisterMemberAsync(request.GroupId, request.Phone, request.Name, request.Salutation, request.ReturningPersonId, cancellationToken);
        var officers = await data.GetOfficersAsync(request.GroupId, cancellationToken);
        var pendamping = officers.FirstOrDefault(o => o.Role == Role.Pendamping) is { } p ? $"{Salutations.Short(p.Salutation)} {Names.First(p.Name)}".Trim() : null;
        var welcome = Welcome.For(request.Salutation, request.Name, request.GroupName, pendamping);
        return new PeopleOutcome(true,
            $"Tercatat: {request.Salutation} {request.Name} anggota baru {request.GroupName}. SMS selamat datang dikirim ke {TypedPhones.Display(request.Phone)}.",
            [new QueueOutbound(request.Phone, null, welcome, PeopleOutcome.Kind)]);
    }

    /// <summary>A member who left her group (KELUAR) and is in none now: she may be registered again.</summary>
    private static PersonOnFile? LeftEarlier(PersonOnFile? onFile) =>
        onFile is { Role: Role.Anggota, Groups.Count: 0 } ? onFile : null;

    // Whose number it is stays unsaid: the pendamping may not accompany that person's group.
    private static string AlreadyRegistered(Sender by, string phone) =>
        $"Maaf {by.Addressed}, nomor {TypedPhones.Display(phone)} sudah terdaftar di layanan PKKPM. Tidak ada yang diubah. Untuk ganti nomor: GANTI NOMOR lama baru.";
}
