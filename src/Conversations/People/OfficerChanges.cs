using Pkkpm.Conversations.Turns;

namespace Pkkpm.Conversations.People;

/// <summary>
/// GANTI KETUA / GANTI BENDAHARA KODE nama: a member of the group takes the office; the one who held
/// it becomes anggota. Both are told. One office a person: a bendahara is not made ketua (the group
/// would lose its bendahara); name her successor first.
/// </summary>
public static class OfficerChanges
{
    public const string Usage = "Tulis: GANTI KETUA kode nama atau GANTI BENDAHARA kode nama, misalnya GANTI BENDAHARA MAWAR Sri Rejeki.";

    /// <summary>"KETUA MAWAR Sri": the office, the group code, the member.</summary>
    public static (Role? Role, string? Code, string Who) Parse(string arguments)
    {
        var parts = arguments.Trim().Split([' ', '#', ':', ','], 2, StringSplitOptions.RemoveEmptyEntries);
        Role? role = parts.ElementAtOrDefault(0)?.ToLowerInvariant() switch
        {
            "ketua" => Role.Ketua,
            "bendahara" or "bendahari" => Role.Bendahara,
            _ => null,
        };
        var (code, who) = GroupAndPerson.Parse(parts.ElementAtOrDefault(1) ?? "");
        return (role, code, who);
    }

    public static async Task<Checked<OfficerRequest>> CheckAsync(IConversationData data, Sender by, Role? role, string? code, string who, CancellationToken cancellationToken)
    {
        if (role is not (Role.Ketua or Role.Bendahara)) return Checked<OfficerRequest>.Refused(Usage);
        var (group, refusal) = await ManagedGroups.ResolveAsync(data, by, code, Usage, cancellationToken);
        if (group is null) return Checked<OfficerRequest>.Refused(refusal!);
        var roster = await data.GetRosterAsync(group.GroupId, cancellationToken);
        var (member, notFound) = MemberLookup.Find(by, group, roster, who);
        if (member is null) return Checked<OfficerRequest>.Refused(notFound ?? Usage);
        var office = role.Value.ToCode();
        if (member.Role == role)
            return Checked<OfficerRequest>.Refused($"{MemberLookup.Named(member)} sudah {office} {group.Name}. Tidak ada yang diubah.");
        if (member.Role is Role.Ketua or Role.Bendahara)
            return Checked<OfficerRequest>.Refused(
                $"Maaf {by.Addressed}, {MemberLookup.Named(member)} adalah {member.Role.ToCode()} {group.Name}. Satu orang satu jabatan: tunjuk dulu {member.Role.ToCode()} baru.");
        var previous = roster.FirstOrDefault(m => m.Role == role);
        return Checked<OfficerRequest>.Ready(new OfficerRequest(group.GroupId, group.Code, group.Name, role.Value,
            member.PersonId, MemberLookup.Named(member), member.Salutation, Names.Short(member.Name, member.Panggilan), member.Phone,
            previous?.PersonId, previous is null ? null : MemberLookup.Named(previous), previous?.Salutation,
            previous is null ? null : Names.Short(previous.Name, previous.Panggilan), previous?.Phone));
    }

    public static async Task<PeopleOutcome> RecordAsync(IConversationData data, Sender by, OfficerRequest request, CancellationToken cancellationToken)
    {
        // The list may have changed since the summary (another change of office, a member who left).
        var again = await CheckAsync(data, by, request.Role, request.GroupCode, request.Phone, cancellationToken);
        if (again.Request is not { } now || now.PersonId != request.PersonId || now.PreviousPersonId != request.PreviousPersonId)
            return PeopleOutcome.Refused(again.Refusal ?? $"Maaf {by.Addressed}, daftar {request.GroupName} berubah sejak ringkasan. Tidak ada yang diubah; kirim lagi.");
        await data.NameOfficerAsync(request.GroupId, request.PersonId, request.Role, request.PreviousPersonId, cancellationToken);
        var office = request.Role.ToCode();
        List<QueueOutbound> told =
        [
            new(request.Phone, null,
                $"{request.Salutation} {request.FirstName}, {request.Salutation} kini {office} {request.GroupName} (ditunjuk {by.ByRole}). Ketik MENU untuk perintah {office}.",
                PeopleOutcome.Kind),
        ];
        if (request.PreviousPhone is { } previousPhone)
            told.Add(new(previousPhone, null,
                $"{request.PreviousSalutation} {request.PreviousFirstName}, tugas {office} {request.GroupName} kini dipegang {request.Named}. {request.PreviousSalutation} tetap anggota. Terima kasih atas kerjanya.",
                PeopleOutcome.Kind));
        var handedOver = request.PreviousNamed is null ? "" : $" {request.PreviousNamed} kini anggota.";
        return new PeopleOutcome(true, $"{request.Named} kini {office} {request.GroupName}.{handedOver} Semua sudah diberi tahu.", told);
    }
}
