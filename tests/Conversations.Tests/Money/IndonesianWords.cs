namespace Pkkpm.Conversations.Tests.Money;

/// <summary>Says a whole number of thousands in Indonesian words, as a school "terbilang" does:
/// 1.250.000 is "sejuta dua ratus lima puluh ribu". Test-only, written independently of the parser.</summary>
internal static class IndonesianWords
{
    private static readonly string[] Digits =
        ["", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan"];

    public static string Say(long amount)
    {
        if (amount % 1_000 != 0 || amount <= 0 || amount >= 1_000_000_000)
            throw new ArgumentOutOfRangeException(nameof(amount));
        var (juta, ribu) = (amount / 1_000_000, amount % 1_000_000 / 1_000);
        var parts = new List<string>();
        if (juta == 1) parts.Add("sejuta");
        else if (juta > 1) parts.Add(Under1000(juta) + " juta");
        if (ribu == 1) parts.Add("seribu");
        else if (ribu > 1) parts.Add(Under1000(ribu) + " ribu");
        return string.Join(' ', parts);
    }

    private static string Under1000(long n)
    {
        var parts = new List<string>();
        var (hundreds, rest) = (n / 100, n % 100);
        if (hundreds == 1) parts.Add("seratus");
        else if (hundreds > 1) parts.Add(Digits[hundreds] + " ratus");
        if (rest == 10) parts.Add("sepuluh");
        else if (rest == 11) parts.Add("sebelas");
        else if (rest is > 11 and < 20) parts.Add(Digits[rest - 10] + " belas");
        else
        {
            if (rest >= 20) parts.Add(Digits[rest / 10] + " puluh");
            if (rest % 10 != 0) parts.Add(Digits[rest % 10]);
        }
        return string.Join(' ', parts);
    }
}
