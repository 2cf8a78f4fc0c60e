using System.Text.RegularExpressions;
using Pkkpm.Conversations.Money;
using Pkkpm.Conversations.People;

namespace Pkkpm.Conversations.Loans;

/// <summary>
/// Reads "CAIR [KODE] nama jumlah kali x mingguan|bulanan|dwimingguan|selapanan [angsuran jumlah]".
/// The count ("50x", "50 x", "50 kali") anchors it: the cadence follows it, the amount is the longest
/// run of words before it that reads as an amount ("2jt", "2 juta", "dua juta"), the name is the rest.
/// </summary>
public static partial class DisbursementParser
{
    private static readonly HashSet<string> InstalmentWords = ["angsuran", "angsur", "cicilan", "cicil", "@"];

    public static Disbursement? Parse(string arguments, IReadOnlyList<GroupRef> groups)
    {
        var words = Count().Replace(arguments, "$1x ").Split([' ', '#', '\t', '\n'], StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.Trim(',', ':', ';')).Where(w => w.Length > 0).ToList();
        var at = words.FindIndex(w => CountWord().IsMatch(w));
        if (at < 0 || at + 1 >= words.Count || !LoanCadence.TryRead(words[at + 1], out var frequency)) return null;
        var count = int.Parse(CountWord().Match(words[at]).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);

        var start = 0;
        string? code = null;
        if (words.Count > 0 && groups.Any(g => g.Code.Equals(words[0], StringComparison.OrdinalIgnoreCase)))
        {
            code = words[0].ToUpperInvariant();
            start = 1;
        }
        // The longest amount that still leaves a word of name before it.
        var amountFrom = -1;
        for (var from = start + 1; from < at && amountFrom < 0; from++)
            if (AmountParser.Parse(string.Join(' ', words[from..at]), long.MaxValue).Outcome is not (AmountOutcome.NotANumber or AmountOutcome.Empty or AmountOutcome.Ambiguous))
                amountFrom = from;
        if (amountFrom < 0) return null;

        var rest = words[(at + 2)..];
        string? instalment = rest.Count >= 2 && InstalmentWords.Contains(rest[0].ToLowerInvariant()) ? string.Join(' ', rest[1..]) : null;
        return new Disbursement(code, string.Join(' ', words[start..amountFrom]), string.Join(' ', words[amountFrom..at]), count, frequency, instalment);
    }

    [GeneratedRegex(@"\b(\d{1,3})\s*(?:x|kali)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Count();

    [GeneratedRegex(@"^(\d{1,3})x$", RegexOptions.IgnoreCase)]
    private static partial Regex CountWord();
}
