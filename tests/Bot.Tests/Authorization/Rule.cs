namespace Pkkpm.Bot.Tests.Authorization;

/// <summary>
/// One row of the authorization matrix: what is typed, what each role gets, and how a reply that
/// does it reads (a regular expression).
/// </summary>
internal sealed record Rule(string Typed, Rule.Outcome Anggota, Rule.Outcome Ketua, Rule.Outcome Sekretaris, Rule.Outcome Bendahara,
    Rule.Outcome Pendamping, Rule.Outcome Unregistered, string Done = "")
{
    public enum Outcome
    {
        /// <summary>The command is done: the reply reads as <see cref="Done"/> says.</summary>
        Does,
        /// <summary>Refused, or "not found": nothing changes and the reply tells nothing about anybody else.</summary>
        Refused,
    }

    /// <summary>The roles in the order of the columns.</summary>
    public static readonly string[] Roles = ["anggota", "ketua", "sekretaris", "bendahara", "pendamping", "unregistered"];

    public Outcome For(string role) => role switch
    {
        "anggota" => Anggota,
        "ketua" => Ketua,
        "sekretaris" => Sekretaris,
        "bendahara" => Bendahara,
        "pendamping" => Pendamping,
        "unregistered" => Unregistered,
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, null),
    };
}
