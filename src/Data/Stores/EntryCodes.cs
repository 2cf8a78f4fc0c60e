namespace Pkkpm.Data.Stores;

/// <summary>
/// The short codes on receipts (K7QA), typed back as KOREKSI, SALAH or TERIMA: a bijection between a
/// row of the codes table and 4 characters (5 and more once the first 24^4 are used up).
/// The alphabet has no look-alikes (no 0/O, 1/I, 2/Z, 5/S, 6/G, 8/B), so a code read aloud over a
/// bad line or copied from a blurred photo is still the same code.
/// </summary>
public static class EntryCodes
{
    private const string Alphabet = "ACDEFHJKLMNPQRTUVWXY3479";
    private const int Base = 24;
    private const int MinLength = 4;
    private const int MaxLength = 8;

    // Odd and not a multiple of 3, so coprime to every power of 24 and the scramble is a bijection;
    // about 24^4 over the golden ratio, so consecutive ids give codes that look unrelated and a
    // mistyped code rarely lands on the neighbouring entry.
    private const long Multiplier = 205_049;

    private static readonly long[] Inverses = Enumerable.Range(0, MaxLength + 1)
        .Select(length => length < MinLength ? 0 : Inverse(Multiplier, Space(length)))
        .ToArray();

    /// <summary>The highest id a code can carry (codes of <see cref="MaxLength"/> characters).</summary>
    public static long MaxId => First(MaxLength + 1) - 1;

    public static string Encode(long id)
    {
        if (id < 0 || id > MaxId) throw new ArgumentOutOfRangeException(nameof(id), id, $"a code carries an id from 0 to {MaxId}");
        var length = MinLength;
        while (id >= First(length + 1)) length++;

        var space = Space(length);
        var value = (long)((Int128)(id - First(length)) * Multiplier % space);
        Span<char> code = stackalloc char[length];
        for (var i = length - 1; i >= 0; i--)
        {
            code[i] = Alphabet[(int)(value % Base)];
            value /= Base;
        }
        return new string(code);
    }

    /// <summary>Reads a code as people type it: any case, spaces around it.</summary>
    public static bool TryParse(string? text, out long id)
    {
        id = 0;
        var code = text?.Trim();
        if (code is null || code.Length is < MinLength or > MaxLength) return false;

        long value = 0;
        foreach (var c in code)
        {
            var digit = Alphabet.IndexOf(char.ToUpperInvariant(c));
            if (digit < 0) return false;
            value = value * Base + digit;
        }
        var space = Space(code.Length);
        id = First(code.Length) + (long)((Int128)value * Inverses[code.Length] % space);
        return true;
    }

    /// <summary>How many codes have exactly <paramref name="length"/> characters.</summary>
    private static long Space(int length)
    {
        long space = 1;
        for (var i = 0; i < length; i++) space *= Base;
        return space;
    }

    /// <summary>The first id whose code has <paramref name="length"/> characters: shorter codes come first.</summary>
    private static long First(int length)
    {
        long first = 0;
        for (var shorter = MinLength; shorter < length; shorter++) first += Space(shorter);
        return first;
    }

    private static long Inverse(long a, long modulus)
    {
        // Extended Euclid: t * a = 1 (mod modulus).
        (long r0, long r1, long t0, long t1) = (modulus, a % modulus, 0, 1);
        while (r1 != 0)
        {
            var q = r0 / r1;
            (r0, r1) = (r1, r0 - q * r1);
            (t0, t1) = (t1, t0 - q * t1);
        }
        if (r0 != 1) throw new InvalidOperationException($"{a} is not coprime to {modulus}");
        return t0 < 0 ? t0 + modulus : t0;
    }
}
