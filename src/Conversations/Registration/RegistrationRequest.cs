using Pkkpm.Conversations.People;

namespace Pkkpm.Conversations.Registration;

/// <summary>A new member as the pendamping confirms her: kept in the summary until YA.</summary>
public sealed record RegistrationRequest(long GroupId, string GroupCode, string GroupName, string Phone, string Name, string Salutation)
{
    public string Summary() => $"Daftarkan {Salutation} {Name} ({TypedPhones.Display(Phone)}) sebagai anggota {GroupName}?";
}
