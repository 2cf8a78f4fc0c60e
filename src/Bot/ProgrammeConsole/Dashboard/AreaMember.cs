using Pkkpm.Data.Console;

namespace Pkkpm.Bot.ProgrammeConsole.Dashboard;

/// <summary>A member as the console shows them: name and role, and the groups of theirs the viewer may see.</summary>
public sealed record AreaMember(long PersonId, string Name, string Role, IReadOnlyList<ConsolePeople.Group> Groups);
