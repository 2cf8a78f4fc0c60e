using System.Globalization;
using Pkkpm.Conversations.People;
using Pkkpm.Conversations.Sms;

namespace Pkkpm.Conversations.Registration;

/// <summary>
/// The name typed for a new member: "Bu"/"Ibu"/"Pak"/"Bapak" before it sets the salutation (Ibu
/// when none: most members are women). Curly quotes and long dashes are straightened; any other
/// character outside GSM-7 is refused, as the seed import refuses it: every SMS echoes the name.
/// </summary>
public static class NewMemberName
{
    public const int Longest = 40;

    private static readonly Dictionary<string, string> Titles = new(StringComparer.OrdinalIgnoreCase)
    {
        ["ibu"] = Salutations.Ibu, ["bu"] = Salutations.Ibu, ["bapak"] = Salutations.Bapak, ["pak"] = Salutations.Bapak,
        ["bpk"] = Salutations.Bapak, ["bp"] = Salutations.Bapak,
    };

    /// <returns>The name and salutation, or an empty name when nothing but a title was typed.</returns>
    public static (string Name, string Salutation) Read(string typed)
    {
        var words = TypographicPunctuation.Fold(typed).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).ToList();
        var salutation = Salutations.Ibu;
        if (words.Count > 0 && Titles.TryGetValue(words[0].TrimEnd('.'), out var title))
        {
            salutation = title;
            words.RemoveAt(0);
        }
        var name = string.Join(' ', words);
        // "sri lestari" or "SRI LESTARI" from a basic phone: written as the group writes names.
        if (name.Length > 0 && (name == name.ToLowerInvariant() || name == name.ToUpperInvariant()))
            name = CultureInfo.InvariantCulture.TextInfo.ToTitleCase(name.ToLowerInvariant());
        return (name, salutation);
    }

    public static bool IsWritable(string name) => SmsLength.IsGsm7(name) && !name.Any(char.IsControl);
}
