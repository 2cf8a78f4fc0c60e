namespace Pkkpm.Conversations.People;

/// <summary>Roles in a KPB, by the names the programme uses.</summary>
public enum Role
{
    Anggota,
    Ketua,
    Sekretaris,
    Bendahara,
    Pendamping,
}

public static class Roles
{
    public static bool TryParse(string? text, out Role role) =>
        Enum.TryParse(text?.Trim(), ignoreCase: true, out role) && Enum.IsDefined(role);

    public static string ToCode(this Role role) => role.ToString().ToLowerInvariant();
}
