namespace Pkkpm.Bot.ProgrammeConsole.SignIn;

/// <summary>The sign-in's words: the SMS (GSM-7, one segment) and the pages' messages.</summary>
public static class SignInTexts
{
    public static string CodeSms(string code, TimeSpan lifetime) =>
        $"Kode masuk konsol PKKPM: {code}. Berlaku {(int)lifetime.TotalMinutes} menit. Jangan berikan kode ini kepada siapa pun, termasuk petugas.";

    public const string PhoneNotValid = "Nomor HP belum benar. Tulis nomor HP Indonesia, misalnya 0812 3456 7890.";

    public static string TooManyRequests(TimeSpan window) =>
        $"Terlalu banyak permintaan kode. Silakan coba lagi {(int)window.TotalMinutes} menit lagi.";

    public const string CodeWrong = "Kode salah atau sudah tidak berlaku. Periksa SMS atau WhatsApp Anda, atau minta kode baru.";

    public const string CodeMissing = "Tulis 6 angka kode yang dikirim ke HP Anda.";
}
