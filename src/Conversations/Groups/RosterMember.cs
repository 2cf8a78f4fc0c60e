using Pkkpm.Conversations.People;

namespace Pkkpm.Conversations.Groups;

/// <summary>A member of a group as the group list shows them: their number, name and phone.</summary>
public sealed record RosterMember(long PersonId, int ListNumber, string Name, string Phone, string Salutation, Role Role);

/// <summary>Someone to tell about a group's business: its treasurer or its pendamping.</summary>
public sealed record Officer(long PersonId, string Name, string Phone, string Salutation, Role Role);
