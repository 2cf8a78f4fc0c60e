using System.Globalization;

namespace Pkkpm.Conversations.Money;

/// <summary>Echoes amounts back the way Indonesians write them: Rp50.000, -Rp50.000.</summary>
public static class Rupiah
{
    // Our own format info, so a server running in en-US or de-DE culture still writes "Rp50.000".
    private static readonly NumberFormatInfo Dots = new()
    {
        NumberGroupSeparator = ".",
        NumberGroupSizes = [3],
        NegativeSign = "-",
    };

    public static string Format(long amount)
    {
        // Negating long.MinValue overflows, so take the magnitude as an unsigned number.
        var magnitude = amount < 0 ? (ulong)(-(amount + 1)) + 1 : (ulong)amount;
        var digits = magnitude.ToString("#,0", Dots);
        return amount < 0 ? "-Rp" + digits : "Rp" + digits;
    }
}
