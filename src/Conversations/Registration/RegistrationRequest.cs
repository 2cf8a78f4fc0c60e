using Pkkpm.Conversations.People;

namespace Pkkpm.Conversations.Registration;

/// <summary>
/// A new member as the pendamping confirms her: kept in the summary until YA. A member who left
/// earlier and comes back (<paramref name="ReturningPersonId"/>) keeps her person, and so her
/// history and the name on her books.
/// </summary>
public sealed record RegistrationRequest(long GroupId, string GroupCode, string GroupName, string Phone, string Name, string Salutation, long? ReturningPersonId = null)
{
    public string Summary() => ReturningPersonId is null
        ? $"Daftarkan {Salutation} {Name} ({TypedPhones.Display(Phone)}) sebagai anggota {GroupName}?"
        : $"Daftarkan kembali {Salutation} {Name} ({TypedPhones.Display(Phone)}, pernah keluar) sebagai anggota {GroupName}? Riwayatnya tetap.";
}
