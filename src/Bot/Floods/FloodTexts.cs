namespace Pkkpm.Bot.Floods;

/// <summary>The one notice a sender gets when a limit holds her messages back; after it, silence.
/// We may not know who she is, so no name.</summary>
internal static class FloodTexts
{
    public const string PerMinute =
        "Maaf Bapak/Ibu, pesan terlalu banyak dalam 1 menit. Mohon tunggu 1 menit, lalu kirim lagi.";

    public const string PerDay =
        "Maaf Bapak/Ibu, pesan hari ini sudah terlalu banyak. Pesan berikutnya kami jawab besok.";
}
