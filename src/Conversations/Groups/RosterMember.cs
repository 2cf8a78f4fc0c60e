using Pkkpm.Conversations.People;

namespace Pkkpm.Conversations.Groups;

/// <summary>A member of a group as the group list shows them: their number, name and phone.</summary>
/// <param name="Panggilan">What the group calls her, when it is not her first name: "Darmi" for
/// Sudarmi. A treasurer may type it instead of the name.</param>
public sealed record RosterMember(long PersonId, int ListNumber, string Name, string Phone, string Salutation, Role Role, string? Panggilan = null);

/// <summary>Someone to tell about a group's business: its treasurer or its pendamping.</summary>
public sealed record Officer(long PersonId, string Name, string Phone, string Salutation, Role Role);
