namespace Pkkpm.Conversations.People;

/// <summary>A person's new number as the pendamping confirms it: kept in the summary until YA.</summary>
public sealed record NumberChangeRequest(long PersonId, string Named, string Salutation, string FirstName, string GroupName, string OldPhone, string NewPhone)
{
    public string Summary() =>
        $"Ganti nomor {Named} ({GroupName}) dari {TypedPhones.Display(OldPhone)} ke {TypedPhones.Display(NewPhone)}? Tabungan, riwayat dan pesannya ikut pindah.";
}
