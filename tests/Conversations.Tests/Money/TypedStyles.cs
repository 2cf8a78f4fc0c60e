using System.Globalization;

namespace Pkkpm.Conversations.Tests.Money;

/// <summary>Writes an amount the ways people type it, for the round-trip properties. Built from
/// integer arithmetic only, so the test does not share the parser's logic.</summary>
internal static class TypedStyles
{
    /// <summary>Styles that work for any amount of 1.000 or more.</summary>
    public static IEnumerable<string> AnyAmount(long amount)
    {
        var plain = amount.ToString(CultureInfo.InvariantCulture);
        var dotted = Grouped(amount, '.');
        yield return plain;
        yield return dotted;
        yield return "Rp" + dotted;
        yield return "Rp " + dotted;
        yield return "Rp " + dotted + ",-";
        yield return "Rp. " + dotted + ",-";
        yield return "IDR " + dotted;
        yield return "Rp" + dotted + ",00";
        yield return Grouped(amount, ',');
        yield return Grouped(amount, ' ');
        yield return "rp" + plain;
        // With a unit, a comma or dot is a decimal point: 50.500 is "50,5rb", 1.250.000 "1,25jt".
        yield return Decimal(amount, 1_000, ',') + "rb";
        yield return Decimal(amount, 1_000, '.') + " ribu";
        // 50.500 as "50rb500": the number after the unit counts in rupiah.
        if (amount % 1_000 != 0)
            yield return $"{amount / 1_000}rb{amount % 1_000}";
        if (amount >= 1_000_000)
        {
            yield return Decimal(amount, 1_000_000, ',') + "jt";
            yield return Decimal(amount, 1_000_000, '.') + "jt";
            yield return Decimal(amount, 1_000_000, ',') + " juta";
        }
    }

    /// <summary>Styles for whole thousands: "50rb", "1jt500", "lima puluh ribu".</summary>
    public static IEnumerable<string> WholeThousands(long amount)
    {
        var thousands = amount / 1_000;
        yield return $"{thousands}rb";
        yield return $"{thousands} rb";
        yield return $"{thousands}ribu";
        yield return $"{thousands} ribu";
        yield return $"{thousands}k";
        yield return $"{thousands}K";
        yield return $"Rp{thousands}rb";
        yield return $"{thousands} ewu";
        yield return IndonesianWords.Say(amount);
        if (amount >= 1_000_000)
        {
            var (juta, ribu) = (amount / 1_000_000, amount % 1_000_000 / 1_000);
            yield return ribu == 0 ? $"{juta}jt" : $"{juta}jt{ribu}";
            yield return ribu == 0 ? $"{juta} juta" : $"{juta} jt {ribu} rb";
            yield return ribu == 0 ? $"{juta}jt" : $"{juta}jt {ribu}rb";
        }
    }

    private static string Grouped(long amount, char separator)
    {
        var digits = amount.ToString(CultureInfo.InvariantCulture);
        var groups = new List<string>();
        for (var end = digits.Length; end > 0; end -= 3)
            groups.Insert(0, digits[Math.Max(0, end - 3)..end]);
        return string.Join(separator, groups);
    }

    // amount / unit with exactly as many decimals as it needs: 1.250.000 / 1.000.000 = "1,25".
    private static string Decimal(long amount, long unit, char point)
    {
        var whole = (amount / unit).ToString(CultureInfo.InvariantCulture);
        var rest = amount % unit;
        if (rest == 0)
            return whole;
        var width = unit.ToString(CultureInfo.InvariantCulture).Length - 1;
        return whole + point + rest.ToString("D" + width, CultureInfo.InvariantCulture).TrimEnd('0');
    }
}
