using Pkkpm.Conversations.People;

namespace Pkkpm.Conversations.Registration;

/// <summary>
/// DAFTAR ANGGOTA KODE nomor nama, as typed: the group code before the number, the name after it
/// ("MAWAR 0812-3456-7890 Bu Sri Lestari", "MAWAR#081234567890#Sri").
/// </summary>
public sealed record RegistrationArguments(string? Code, string? Phone, string Name)
{
    private static readonly HashSet<string> NotACode = ["anggota", "baru", "kelompok", "kpb", "ke", "di", "nomor", "nomer", "no", "hp", "nama"];

    private const string Separators = " #:,;.";

    public static RegistrationArguments Parse(string arguments)
    {
        var phones = TypedPhones.Find(arguments);
        if (phones.Count == 0) return new RegistrationArguments(FirstWord(arguments), null, "");
        var (typed, start, end) = phones[0];
        return new RegistrationArguments(FirstWord(arguments[..start]), typed, arguments[end..].Trim().Trim(Separators.ToCharArray()).Trim());
    }

    private static string? FirstWord(string text) =>
        text.Split(Separators.ToCharArray(), StringSplitOptions.RemoveEmptyEntries)
            .FirstOrDefault(w => !NotACode.Contains(w.ToLowerInvariant()));
}
