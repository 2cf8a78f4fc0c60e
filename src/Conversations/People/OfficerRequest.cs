namespace Pkkpm.Conversations.People;

/// <summary>A new ketua or bendahara as the pendamping confirms it: kept in the summary until YA.</summary>
public sealed record OfficerRequest(long GroupId, string GroupCode, string GroupName, Role Role,
    long PersonId, string Named, string Salutation, string FirstName, string Phone,
    long? PreviousPersonId, string? PreviousNamed, string? PreviousSalutation, string? PreviousFirstName, string? PreviousPhone)
{
    public string Summary() => PreviousNamed is null
        ? $"Jadikan {Named} {Role.ToCode()} {GroupName}?"
        : $"Jadikan {Named} {Role.ToCode()} {GroupName}? {PreviousNamed} menjadi anggota biasa.";
}
