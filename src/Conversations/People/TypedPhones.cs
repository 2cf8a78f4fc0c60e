using System.Text.RegularExpressions;
using Pkkpm.Conversations.Phones;

namespace Pkkpm.Conversations.People;

/// <summary>
/// Phone numbers inside a message, as people type them (0812-3456-7890, +62 812 3456 7890,
/// 62812...): found as a run of digits with spaces, dashes, dots or brackets, then read by
/// <see cref="IndonesianPhone"/>. Only mobile numbers (+62 8...) receive SMS.
/// </summary>
public static partial class TypedPhones
{
    /// <summary>Six digits or more in one run: meant as a phone number (if a wrong one), not a list number.</summary>
    public static bool HasPhone(string text) => Runs().Matches(text).Any(m => Digits(m.Value) >= 6);

    /// <summary>
    /// The numbers typed in <paramref name="text"/>, in order, with where each starts and ends. Words of
    /// digits next to each other are one number as long as they read as one ("+62 812 3456 7890"),
    /// so two numbers side by side ("0812-1111-0001 0812-1111-0099") stay two.
    /// </summary>
    public static IReadOnlyList<(string Typed, int Start, int End)> Find(string text)
    {
        var words = Words().Matches(text).ToList();
        var found = new List<(string, int, int)>();
        for (var i = 0; i < words.Count;)
        {
            var end = i;
            for (var j = i; j < words.Count && (j == i || OnlySpaceBetween(text, words[j - 1], words[j])) && Digits(Joined(text, words, i, j)) <= 15; j++)
                if (TryMobile(Joined(text, words, i, j), out _)) end = j;
            var typed = Joined(text, words, i, end);
            if (Digits(typed) >= 6) found.Add((typed, words[i].Index, words[end].Index + words[end].Length));
            i = end + 1;
        }
        return found;
    }

    private static bool OnlySpaceBetween(string text, Match left, Match right) =>
        string.IsNullOrWhiteSpace(text[(left.Index + left.Length)..right.Index]);

    private static string Joined(string text, List<Match> words, int first, int last) =>
        text[words[first].Index..(words[last].Index + words[last].Length)];

    /// <summary>A mobile number in E.164, or false.</summary>
    public static bool TryMobile(string typed, out string e164) =>
        IndonesianPhone.TryNormalize(typed, out e164) && e164.StartsWith("+628", StringComparison.Ordinal);

    /// <summary>How a number is echoed: "0812-3456-7890", as people write it.</summary>
    public static string Display(string e164)
    {
        var national = e164.StartsWith("+62", StringComparison.Ordinal) ? "0" + e164[3..] : e164;
        return national.Length > 8 ? $"{national[..4]}-{national[4..8]}-{national[8..]}" : national;
    }

    private static int Digits(string text) => text.Count(char.IsAsciiDigit);

    [GeneratedRegex(@"\+?\(?\d[\d\s\-.()]*\d")]
    private static partial Regex Runs();

    // Words made of digits and what people put between them; a run of them may be one number.
    [GeneratedRegex(@"(?<![\w])\+?[\d\-.()]*\d[\d\-.()]*(?![\w])")]
    private static partial Regex Words();
}
