namespace Pkkpm.Conversations.People;

/// <summary>Roles in a KPB, by the names the programme uses.</summary>
public enum Role
{
    Anggota,
    Ketua,
    Sekretaris,
    Bendahara,
    Pendamping,

    /// <summary>Programme monitoring staff: read-only, in the console; all villages or the ones listed.</summary>
    Pemantau,

    /// <summary>Programme staff who may see and do everything in the console (and will manage people).</summary>
    Admin,
}

public static class Roles
{
    public static bool TryParse(string? text, out Role role) =>
        Enum.TryParse(text?.Trim(), ignoreCase: true, out role) && Enum.IsDefined(role);

    public static string ToCode(this Role role) => role.ToString().ToLowerInvariant();

    /// <summary>Programme staff work in the console, not by SMS; they are members of no group.</summary>
    public static bool IsProgrammeStaff(this Role role) => role is Role.Pemantau or Role.Admin;
}
