using Pkkpm.Conversations.Money;
using Pkkpm.Conversations.Turns;

namespace Pkkpm.Conversations.People;

/// <summary>
/// KELUAR KODE nama|nomor: a member leaves her group. Her history stays (the ledger is never changed);
/// her membership goes, so she is no longer on the list, in broadcasts or answered as a member. Her
/// books are closed first: while she has savings the bendahara records the closing withdrawal with
/// TARIK (a withdrawal needs her on the list), and a running loan is repaid before she leaves. A ketua
/// or bendahara hands over the office first (GANTI KETUA / GANTI BENDAHARA).
/// </summary>
public static class Leavings
{
    public const string Usage = "Tulis: KELUAR kode nama, misalnya KELUAR MAWAR Painem (atau nomor HP-nya).";

    public static async Task<Checked<LeavingRequest>> CheckAsync(IConversationData data, Sender by, string? code, string who, CancellationToken cancellationToken)
    {
        var (group, refusal) = await ManagedGroups.ResolveAsync(data, by, code, Usage, cancellationToken);
        if (group is null) return Checked<LeavingRequest>.Refused(refusal!);
        var roster = await data.GetRosterAsync(group.GroupId, cancellationToken);
        var (member, notFound) = MemberLookup.Find(by, group, roster, who);
        if (member is null) return Checked<LeavingRequest>.Refused(notFound ?? Usage);
        var named = MemberLookup.Named(member);
        if (member.Role is Role.Ketua or Role.Bendahara)
            return Checked<LeavingRequest>.Refused(
                $"Maaf {by.Addressed}, {named} adalah {member.Role.ToCode()} {group.Name}. Tunjuk dulu penggantinya: GANTI {member.Role.ToCode().ToUpperInvariant()} {group.Code} nama.");
        var statement = await data.GetStatementAsync(member.PersonId, group.GroupId, cancellationToken);
        if (statement.Savings > 0)
            return Checked<LeavingRequest>.Refused(
                $"Tabungan {named} masih {Rupiah.Format(statement.Savings)}. Bendahara mencatat penarikan penutupnya dulu (TARIK {Names.Short(member.Name, member.Panggilan)} {Rupiah.Format(statement.Savings)}), lalu kirim KELUAR lagi.");
        var owed = statement.RunningLoans.Sum(l => l.Outstanding);
        if (owed > 0)
            return Checked<LeavingRequest>.Refused(
                $"Maaf {by.Addressed}, pinjaman {named} masih {Rupiah.Format(owed)}. Anggota keluar setelah pinjamannya lunas. Tidak ada yang diubah.");
        return Checked<LeavingRequest>.Ready(new LeavingRequest(group.GroupId, group.Code, group.Name, member.PersonId, named, member.Salutation,
            Names.Short(member.Name, member.Panggilan), member.Phone));
    }

    public static async Task<PeopleOutcome> RecordAsync(IConversationData data, Sender by, LeavingRequest request, CancellationToken cancellationToken)
    {
        // Her books held until the turn ends: a deposit recorded meanwhile waits, and is seen here.
        await data.HoldBooksAsync([request.PersonId], cancellationToken);
        var again = await CheckAsync(data, by, request.GroupCode, request.Phone, cancellationToken);
        if (again.Request?.PersonId != request.PersonId) return PeopleOutcome.Refused(again.Refusal ?? Usage);
        await data.LeaveGroupAsync(request.PersonId, request.GroupId, cancellationToken);
        return new PeopleOutcome(true, $"{request.Named} sudah keluar dari {request.GroupName}. Riwayatnya tetap tersimpan.",
            [new QueueOutbound(request.Phone, null,
                $"{request.Salutation} {request.FirstName}, {request.Salutation} tidak lagi tercatat sebagai anggota {request.GroupName}. Riwayat {request.Salutation} tetap tersimpan. Terima kasih.",
                PeopleOutcome.Kind)]);
    }
}
