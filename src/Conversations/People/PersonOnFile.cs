namespace Pkkpm.Conversations.People;

/// <summary>Whoever has a phone number, in any role: the groups they are in (none after leaving).</summary>
public sealed record PersonOnFile(long PersonId, string Phone, string Name, string Salutation, Role Role, IReadOnlyList<GroupRef> Groups, string? Panggilan = null)
{
    /// <summary>"Bu Sri", "Pak Slamet": how others are told about her.</summary>
    public string Named => $"{Salutations.Short(Salutation)} {Names.Short(Name, Panggilan)}".Trim();
}
