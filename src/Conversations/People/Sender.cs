namespace Pkkpm.Conversations.People;

/// <summary>A registered person who sent a message, with the groups they belong to or accompany.</summary>
public sealed record Sender(long PersonId, string Name, Role Role, string Salutation, IReadOnlyList<GroupRef> Groups)
{
    /// <summary>How a reply addresses them: "Ibu Sri", "Bapak Slamet".</summary>
    public string Addressed => $"{Salutation} {FirstName}";

    public string FirstName => Names.First(Name);

    /// <summary>The one group a member belongs to; a pendamping has several and no "home" group.</summary>
    public GroupRef? HomeGroup => Role == Role.Pendamping ? null : Groups.FirstOrDefault();
}

public sealed record GroupRef(long GroupId, string Code, string Name);
