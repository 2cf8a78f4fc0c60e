namespace Pkkpm.Conversations.People;

/// <summary>A registered person who sent a message, with the groups they belong to or accompany.</summary>
/// <param name="Panggilan">What the group calls her, when it is not her first name: "Darmi" for Sudarmi.</param>
public sealed record Sender(long PersonId, string Name, Role Role, string Salutation, IReadOnlyList<GroupRef> Groups, string? Panggilan = null)
{
    /// <summary>How a reply addresses them: "Ibu Sri", "Bapak Slamet", "Ibu Darmi".</summary>
    public string Addressed => $"{Salutation} {FirstName}";

    /// <summary>The short name people know them by: the panggilan, else the first word of the name.</summary>
    public string FirstName => Names.Short(Name, Panggilan);

    /// <summary>How others are told about them, politely and by role: "Bu Endang (bendahara)".</summary>
    public string ByRole => $"{Salutations.Short(Salutation)} {FirstName}".Trim() + $" ({Role.ToCode()})";

    /// <summary>The one group a member belongs to; a pendamping has several and no "home" group.</summary>
    public GroupRef? HomeGroup => Role == Role.Pendamping ? null : Groups.FirstOrDefault();
}

public sealed record GroupRef(long GroupId, string Code, string Name);
