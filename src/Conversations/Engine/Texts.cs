using Pkkpm.Conversations.People;
using Pkkpm.Conversations.Understanding;

namespace Pkkpm.Conversations.Engine;

/// <summary>The engine's own words; each flow keeps its texts beside it.</summary>
public static class Texts
{
    public const string Unregistered =
        "Maaf, nomor ini belum terdaftar di layanan PKKPM. Silakan hubungi bendahara atau pendamping kelompok Bapak/Ibu untuk mendaftarkan nomor.";

    /// <summary>To a pemantau or admin who texts the service: their work is in the console.</summary>
    public static string ConsoleOnly(Sender sender) =>
        $"Maaf {sender.Addressed}, layanan SMS ini untuk anggota dan pengurus KPB. Silakan buka konsol PKKPM dan masuk dengan kode yang dikirim ke nomor ini.";

    public static string NotUnderstood(Sender sender) =>
        $"Maaf {sender.Addressed}, pesan belum kami pahami. Ketik MENU untuk bantuan.";

    /// <summary>Many members answer with a WhatsApp voice note; we can only read typed words.</summary>
    public static string AttachmentNotRead(Sender sender, string mediaType)
    {
        var what = mediaType.Split('/')[0].ToLowerInvariant() switch
        {
            "audio" => "pesan suara belum bisa kami dengar",
            "image" => "foto belum bisa kami baca",
            "video" => "video belum bisa kami lihat",
            _ => "lampiran belum bisa kami baca",
        };
        return $"Maaf {sender.Addressed}, {what}. Mohon ketik pesannya, misalnya SALDO. Ketik MENU untuk bantuan.";
    }

    public static string DidYouMean(Sender sender, Intent suggestion) =>
        $"Maksud {sender.Salutation}: {Vocabulary.CanonicalKeyword(suggestion)}? Balas YA, atau ketik MENU untuk bantuan.";

    public static string SuggestionDeclined(Sender sender) =>
        $"Baik {sender.Addressed}. Ketik MENU untuk bantuan.";

    public static string NothingPending(Sender sender) =>
        $"{sender.Addressed}, tidak ada yang sedang menunggu jawaban. Ketik MENU untuk bantuan.";

    public static string UnfinishedReportExpired(Sender sender, TimeSpan lifetime) =>
        $"{sender.Addressed}, laporan yang belum selesai sudah dibatalkan karena tidak dijawab {Minutes(lifetime)}.";

    /// <summary>A report begun before an update of the service that changed how reports are kept.</summary>
    public static string UnfinishedReportOfOldVersion(Sender sender) =>
        $"{sender.Addressed}, laporan yang belum selesai sudah dibatalkan karena layanan diperbarui. Mohon kirim ulang.";

    private static string Minutes(TimeSpan span) => span.TotalMinutes >= 60 && span.TotalMinutes % 60 == 0
        ? $"{span.TotalHours:0} jam"
        : $"{span.TotalMinutes:0} menit";

    public static string YoureWelcome(Sender sender) => $"Sama-sama, {sender.Addressed}. Semoga usahanya lancar.";

    /// <summary>Before a question that still waits: short, so the question fits beside it.</summary>
    public static string YoureWelcomeShort(Sender sender) => $"Sama-sama, {sender.Addressed}.";

    public static string Greeted(Sender sender, string partOfDay) => $"Selamat {partOfDay}, {sender.Addressed}.";
}
