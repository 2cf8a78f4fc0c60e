using Pkkpm.Conversations.People;

namespace Pkkpm.Conversations.Help;

/// <summary>
/// MENU: the commands a person's role can use, in one SMS. Only commands that work are listed;
/// each feature adds its line here when it lands.
/// </summary>
public static class Menu
{
    private static readonly (string Line, Role[] Roles)[] Commands =
    [
        ("SALDO: tabungan, sisa pinjaman & angsuran", [Role.Anggota, Role.Ketua, Role.Sekretaris, Role.Bendahara]),
        ("MENU: daftar perintah", Enum.GetValues<Role>()),
    ];

    public static string For(Sender sender, string partOfDay)
    {
        var lines = Commands.Where(c => c.Roles.Contains(sender.Role)).Select(c => c.Line);
        return $"Selamat {partOfDay}, {sender.Addressed}. Perintah: {string.Join(". ", lines)}.";
    }
}
