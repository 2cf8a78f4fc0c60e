using System.Text.RegularExpressions;

namespace Pkkpm.Conversations.Money;

/// <summary>Reads an amount of rupiah as members and treasurers type it: "Rp. 50.000,-", "50rb",
/// "1,5jt", "1jt500", "lima puluh ribu", "seket ewu". The one parser for every flow.</summary>
public static partial class AmountParser
{
    /// <param name="maxPerEntry">Larger amounts come back TooLarge, so a slip of the thumb
    /// (an extra 0) is questioned instead of booked.</param>
    public static AmountReading Parse(string? text, long maxPerEntry = 10_000_000)
    {
        if (string.IsNullOrWhiteSpace(text))
            return AmountReading.Of(AmountOutcome.Empty);

        var cleaned = Clean(text, out var negative);
        if (AmountTokenizer.Tokenize(cleaned) is not { } tokens)
            return AmountReading.Of(AmountOutcome.NotANumber);
        DropCurrency(tokens);

        var sum = AmountGrammar.Read(tokens);
        if (sum.Outcome != AmountOutcome.Ok)
            return new AmountReading(sum.Outcome, sum.Value);
        if (sum.Value == 0)
            return AmountReading.Of(AmountOutcome.Zero);
        if (negative)
            return new AmountReading(AmountOutcome.Negative, -sum.Value);
        // A bare "50" is almost surely Rp50.000 (nobody saves fifty rupiah), but we ask rather
        // than guess. Words count as bare too: "lima puluh" alone is asked back.
        if (!sum.HasUnit && sum.Value < 1000)
            return new AmountReading(AmountOutcome.AskBack, sum.Value * 1000);
        if (sum.Value > maxPerEntry)
            return new AmountReading(AmountOutcome.TooLarge, sum.Value);
        return new AmountReading(AmountOutcome.Ok, sum.Value);
    }

    // Lower case, no surrounding spaces, a minus sign taken off the front (also after "Rp":
    // "Rp -50.000"), and the ",-" that closes a written price ("Rp. 50.000,-") taken off the end.
    private static string Clean(string text, out bool negative)
    {
        var lower = text.Trim().ToLowerInvariant();
        var minus = LeadingMinus().Match(lower);
        negative = minus.Success;
        if (negative)
            lower = minus.Groups["currency"].Value + lower[minus.Length..];
        return ClosingDash().Replace(lower, "");
    }

    // "Rp", "IDR", "rupiah" say nothing about the value: drop them at either end only, so that
    // "50 rp 2" in the middle stays nonsense.
    private static void DropCurrency(List<AmountToken> tokens)
    {
        if (tokens.Count > 0 && IsCurrency(tokens[0])) tokens.RemoveAt(0);
        if (tokens.Count > 0 && IsCurrency(tokens[^1])) tokens.RemoveAt(tokens.Count - 1);
    }

    private static bool IsCurrency(AmountToken token) =>
        token.Word is { } word && NumberWords.Find(word)?.Kind == WordKind.Currency;

    [GeneratedRegex(@"^(?<currency>(rp|idr)\.?\s*)?(-|\u2212|minus(?![a-z]))\s*")]
    private static partial Regex LeadingMinus();

    [GeneratedRegex(@"[.,]?\s*-+$")]
    private static partial Regex ClosingDash();
}
