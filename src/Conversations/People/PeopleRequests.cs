using System.Text.RegularExpressions;
using Pkkpm.Conversations.Understanding;

namespace Pkkpm.Conversations.People;

/// <summary>
/// A pendamping's requests about people, read by their shape before any vocabulary: DAFTAR with a
/// phone number registers (DAFTAR, DAFTAR MAWAR and "daftar anggota MAWAR" still list the members);
/// GANTI NOMOR and GANTI KETUA/BENDAHARA open the message; KELUAR with a group code and a person lets a
/// member leave, while "keluar", "keluar aja" or "keluar dari grup" still stop bulk messages.
/// </summary>
internal static partial class PeopleRequests
{
    // What may follow KELUAR when it means "no more messages for me", not a group code.
    private static readonly HashSet<string> StopWords =
    [
        "dari", "dr", "saja", "aja", "ae", "wae", "mawon", "sms", "wa", "whatsapp", "grup", "group", "grub", "layanan", "langganan",
        "pesan", "info", "informasi", "tips", "bu", "pak", "ya", "yo", "nggih", "mbak", "mas", "kak", "sekarang", "skrg", "dulu", "mboten",
        "tidak", "nomor", "nomer", "no", "saya", "sy", "aku", "kula", "kulo", "dong", "deh", "lah", "kelompok", "keanggotaan", "semua",
        "please", "min", "admin", "sj", "kok", "ini", "iki", "niki", "mau", "ingin", "pengen",
        // "keluar kota, tidak bisa hadir": going out, not leaving the group.
        "kota", "rumah", "desa", "kampung", "negeri", "daerah", "jalan", "sebentar", "bentar", "kerja", "pasar", "sawah", "kantor",
    ];

    public static Reading? Read(string text)
    {
        var register = Register().Match(text);
        if (register.Success && TypedPhones.HasPhone(register.Groups["rest"].Value))
            return new Reading(Intent.Register, ArgumentText.Trim(register.Groups["rest"].Value));
        // "DAFTAR ANGGOTA kode nomor nama" typed from the menu asks how to register, not for a list.
        if (register.Success && IsMenuItem(register.Groups["rest"].Value, "nomor", "nama"))
            return new Reading(Intent.Register, "");
        if (NameOfficer().Match(text) is { Success: true } officer)
            return new Reading(Intent.NameOfficer, OfficeOnlyFromTheMenu(ArgumentText.Trim(officer.Groups["rest"].Value)));
        if (ChangeNumber().Match(text) is { Success: true } change)
            return new Reading(Intent.ChangeNumber, ArgumentText.Trim(change.Groups["rest"].Value));
        if (Leave().Match(text) is { Success: true } leave && NamesSomebody(leave.Groups["rest"].Value))
            return new Reading(Intent.Leave, ArgumentText.Trim(leave.Groups["rest"].Value));
        return null;
    }

    private static bool IsMenuItem(string rest, params string[] placeholders) =>
        MenuWords.WithoutPlaceholders(rest) == "" && placeholders.All(p => rest.Contains(p, StringComparison.OrdinalIgnoreCase));

    /// <summary>"GANTI KETUA kode nama" as the menu prints it: the office alone, so the reply says how to write it.</summary>
    private static string OfficeOnlyFromTheMenu(string rest)
    {
        var space = rest.IndexOf(' ');
        return space > 0 && MenuWords.WithoutPlaceholders(rest[(space + 1)..]) == "" ? rest[..space] : rest;
    }

    /// <summary>A group code and a person: two words or more, the first one not about messages.</summary>
    private static bool NamesSomebody(string rest)
    {
        var words = rest.Split([' ', '#', ',', ':', '.', ';'], StringSplitOptions.RemoveEmptyEntries);
        return words.Length >= 2 && words[0].All(char.IsLetter) && !StopWords.Contains(words[0].ToLowerInvariant());
    }

    private const string Polite = @"^[\W_]*(?:(?:tolong|mohon|minta|bu|pak|saya|sy|aku|kula|mau|ingin|pengen|izin|ijin)[\s,]+)*";

    [GeneratedRegex(Polite + @"(?:daftar(?:kan|in)?|dftr|dftar|daptar|reg|registrasi)\b[\s#:,.]*(?:anggota|agt|angg)?\b[\s#:,.]*(?:baru\b)?(?<rest>.*)$",
        RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex Register();

    [GeneratedRegex(Polite + @"(?:ganti|ubah|tukar|update|perbarui|pindah)[\s#:,.]*(?:nomor|nomer|nmr|no\.?|hp|nomor\s+hp|nomer\s+hp|no\.?\s*hp|nomor\s+wa|no\s+wa)(?![a-z])(?<rest>.*)$",
        RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex ChangeNumber();

    [GeneratedRegex(Polite + @"(?:ganti|tukar|ubah|angkat|tunjuk)[\s#:,.]*(?<rest>(?:ketua|bendahara|bendahari)\b.*)$",
        RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex NameOfficer();

    [GeneratedRegex(@"^[\W_]*(?:keluar(?:kan)?|kluar|klr)\b[\s#:,.]*(?<rest>.*)$", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex Leave();
}
