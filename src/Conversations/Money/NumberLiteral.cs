namespace Pkkpm.Conversations.Money;

/// <summary>The outcome of reading digits: Ok with a number, or Ambiguous / TooLarge.</summary>
internal readonly record struct LiteralReading(AmountOutcome Outcome, ExactNumber Number)
{
    public static LiteralReading Ok(ExactNumber number) => new(AmountOutcome.Ok, number);
    public static readonly LiteralReading Ambiguous = new(AmountOutcome.Ambiguous, default);
    public static readonly LiteralReading TooLarge = new(AmountOutcome.TooLarge, default);
}

/// <summary>Digit groups as typed, with the separators between them: "1.500.000" is
/// [1, 500, 000] joined by ['.', '.'].</summary>
internal sealed record NumberLiteral(IReadOnlyList<string> Groups, IReadOnlyList<char> Separators)
{
    /// <summary>Rupiah as they stand (no unit after): '.', ',' and space group thousands
    /// ("50.000", "50,000", "50 000"); a last two-digit part after the other mark is cents
    /// ("Rp50.000,00", "50,000.00"), accepted only when it is zero.</summary>
    public LiteralReading ReadPlain()
    {
        if (Separators.Count > 0 && Groups[^1].Length == 2 && Separators[^1] is '.' or ',')
        {
            var mark = Separators[^1];
            var groups = Groups.Take(Groups.Count - 1).ToList();
            var separators = Separators.Take(Separators.Count - 1).ToList();
            var whole = ReadGrouped(groups, separators);
            // "50.00" and "1,50" could be a mistyped 50.000 or 1.500: only call it cents when the
            // rupiah before it are unmistakable (grouped with the other mark, or at least 1.000).
            var isCents = separators.Count > 0
                ? separators.All(s => s != mark)
                : whole.Outcome == AmountOutcome.Ok && whole.Number.Whole >= 1000;
            if (isCents)
                return Groups[^1] == "00" || whole.Outcome != AmountOutcome.Ok ? whole : LiteralReading.Ambiguous;
        }
        return ReadGrouped(Groups, Separators);
    }

    /// <summary>A quantity before a unit ("1,5jt", "0.5 juta", "50rb"): '.' or ',' is a decimal
    /// point, as domain.md says; spaces still group thousands.</summary>
    public LiteralReading ReadWithUnit()
    {
        var marks = Separators.Count(s => s != ' ');
        if (marks == 0)
            return Whole(string.Concat(Groups));
        // "1.500.000rb" or "1,5 500jt": no reading is safe.
        if (marks > 1 || Separators[^1] == ' ')
            return LiteralReading.Ambiguous;
        var fraction = Groups[^1];
        if (fraction.Length > ExactNumber.MaxScale)
            return LiteralReading.Ambiguous;
        var whole = Whole(string.Concat(Groups.Take(Groups.Count - 1)));
        if (whole.Outcome != AmountOutcome.Ok || !ExactNumber.TryParseDigits(fraction, out var fractionValue))
            return whole;
        return LiteralReading.Ok(whole.Number with { Fraction = fractionValue, Scale = fraction.Length });
    }

    // Thousands grouping: one kind of separator, 1-3 digits first, then exactly 3 each time.
    // Anything else ("1.5", "1.50.000", "1.5000", "1.500 000") is a number we cannot be sure of.
    private static LiteralReading ReadGrouped(IReadOnlyList<string> groups, IReadOnlyList<char> separators)
    {
        if (separators.Count == 0)
            return Whole(groups[0]);
        var wellFormed = separators.All(s => s == separators[0])
            && groups[0].Length <= 3
            && groups.Skip(1).All(g => g.Length == 3);
        return wellFormed ? Whole(string.Concat(groups)) : LiteralReading.Ambiguous;
    }

    private static LiteralReading Whole(string digits) =>
        ExactNumber.TryParseDigits(digits, out var value)
            ? LiteralReading.Ok(ExactNumber.Of(value))
            : LiteralReading.TooLarge;
}
