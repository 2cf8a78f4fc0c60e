using Pkkpm.Conversations.People;

namespace Pkkpm.Bot.ProgrammeConsole.Access;

/// <summary>Who may sign in to the console. Members (anggota) and secretaries read their own
/// books by SMS; the console shows groups, which is the officers', pendamping's and staff's work.</summary>
public static class ConsoleRoles
{
    public static bool MaySignIn(Role role) => role is Role.Pendamping or Role.Ketua or Role.Bendahara or Role.Pemantau or Role.Admin;

    public static bool MaySignIn(string? role) => Roles.TryParse(role, out var parsed) && MaySignIn(parsed);
}
