namespace Pkkpm.Conversations.People;

/// <summary>A member leaving her group, as the pendamping confirms it: kept in the summary until YA.</summary>
public sealed record LeavingRequest(long GroupId, string GroupCode, string GroupName, long PersonId, string Named, string Salutation, string FirstName, string Phone)
{
    public string Summary() =>
        $"{Named} keluar dari {GroupName}? Riwayatnya tetap tersimpan; ia tidak bisa lagi memakai layanan sebagai anggota.";
}
