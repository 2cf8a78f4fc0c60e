namespace Pkkpm.Conversations.Money;

/// <summary>A non-negative number with a decimal fraction, kept exact as integers:
/// Whole + Fraction / 10^Scale. "1,5" is (1, 5, 1); "setengah" is (0, 5, 1).</summary>
internal readonly record struct ExactNumber(long Whole, long Fraction, int Scale)
{
    // Up to 12 whole digits times a million still fits a long; more is TooLarge anyway.
    public const int MaxWholeDigits = 12;
    // Nobody types more decimals than a juta can carry; the cap keeps Fraction * unit small.
    public const int MaxScale = 9;

    public static ExactNumber Of(long whole) => new(whole, 0, 0);

    public bool IsWhole => Fraction == 0;

    /// <summary>This number times a unit (1000 for ribu, 1.000.000 for juta), or null when the
    /// result is not whole rupiah (1,2345rb).</summary>
    public long? Times(long unit)
    {
        var pow = Pow10(Scale);
        var scaledFraction = Fraction * unit;
        if (scaledFraction % pow != 0)
            return null;
        return Whole * unit + scaledFraction / pow;
    }

    /// <summary>Reads a digit string; false when it has more than MaxWholeDigits digits
    /// (after leading zeros), which would overflow further on.</summary>
    public static bool TryParseDigits(string digits, out long value)
    {
        var significant = digits.TrimStart('0');
        value = 0;
        if (significant.Length > MaxWholeDigits)
            return false;
        foreach (var c in significant)
            value = value * 10 + (c - '0');
        return true;
    }

    private static long Pow10(int scale)
    {
        long result = 1;
        for (var i = 0; i < scale; i++) result *= 10;
        return result;
    }
}
