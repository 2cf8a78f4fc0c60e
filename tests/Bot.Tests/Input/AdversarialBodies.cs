using System.Text;

namespace Pkkpm.Bot.Tests.Input;

/// <summary>
/// Message bodies meant to break something, from one seed so a failure can be made again: random
/// code points from every Unicode plane, control characters, markup and SQL, emoji sequences and
/// bidirectional marks, commands of every role with junk in them, and long texts up to the 64 KB a
/// webhook may carry. Some are sent as raw bytes that are not valid UTF-8 (<see cref="Body.Raw"/>).
/// </summary>
internal sealed class AdversarialBodies(int seed)
{
    /// <param name="Text">What the body says, as a correct form decoder reads it (invalid UTF-8
    /// already read as U+FFFD): what Twilio signed.</param>
    /// <param name="Raw">The body's bytes as sent, before any percent-encoding, when they are not the
    /// UTF-8 of <paramref name="Text"/>.</param>
    public sealed record Body(string Kind, string Text, byte[]? Raw = null);

    private static readonly string[] Commands =
    [
        "saldo", "SALDO", "riwayat", "menu", "?", "ya", "YA", "batal", "lanjut", "lewat", "0", "25rb", "selawe ewu",
        "SETOR", "SETOR Sri 50rb", "SETOR 1 20rb, 2 25rb", "setor bu giyem 20rb", "ANGSURAN Sri 50rb", "TARIK Sri 50rb",
        "BAYAR 50rb", "SALAH K7QA", "SALAH", "KOREKSI K7QA", "TERIMA K7QA", "TOLAK K7QA belum terima",
        "HADIR", "IZIN anak sakit", "SAKIT", "JADWAL", "ABSEN 1 2 5-9", "DAFTAR", "REKAP", "REKAP MAWAR",
        "UMUMKAN MAWAR Rapat besok", "UMUMKAN SEMUA", "STATUS U12", "RAPAT MAWAR Senin 15.00 Balai Desa",
        "TIPS", "TIPS tani", "TIPS LANGGANAN", "TIPS BERHENTI", "BERHENTI", "MULAI", "matur nuwun", "nggih bu",
    ];

    private static readonly string[] Hostile =
    [
        "<Response><Message>hacked</Message></Response>", "]]>", "<![CDATA[x]]>", "&", "&amp;", "&#0;", "&#xD800;",
        "<?xml version=\"1.0\"?>", "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>&e;", "</Message>",
        "'; drop table ledger_entries; --", "' or '1'='1", "\\", "\\x00", "E'\\x00'", "$$", "$1", "%", "_", "%s%n",
        "{0}", "{{x}}", "${jndi:ldap://x}", "\"", "'", "`", "null", "NaN", "-1", "9223372036854775807", "1e999",
        "Pesan otomatis: saya sedang tidak di tempat.", "SETOR Sri 99999999999999999999rb", "SETOR Sri -50rb",
    ];

    private static readonly string[] Unicode =
    [
        "\U0001F44D", "\U0001F64F", "\U0001F469\u200D\U0001F469\u200D\U0001F467", "\U0001F1EE\U0001F1E9", "\u2764\uFE0F",
        "\u200F", "\u200E", "\u202E", "\u2066", "\u200D", "\u200B", "\uFEFF", "\u00A0", "\u3000", "\u2028", "\u2029",
        "e\u0301", "a\u0300\u0301\u0302\u0303\u0304\u0305\u0306", "\uFDD0", "\U0001FFFF", "\U0010FFFF", "\uFFFD",
        "مرحبا", "שלום", "ꦱꦼꦒꦺꦴꦤ꧀", "中文", "𝐒𝐀𝐋𝐃𝐎", "ｓａｌｄｏ", "ǅ", "ß", "İ", "ﬀ",
    ];

    private readonly Random _random = new(seed);

    public Body Next() => _random.Next(12) switch
    {
        0 => new("planes", RandomCodePoints(_random.Next(1, 40))),
        1 => new("controls", Mix(Controls(_random.Next(1, 8)), Pick(Commands), Controls(_random.Next(1, 4)))),
        2 => new("markup and sql", Mix(Pick(Commands), Pick(Hostile), Pick(Hostile))),
        3 => new("emoji and marks", Mix(Pick(Unicode), Pick(Commands), Pick(Unicode), Pick(Unicode))),
        4 => new("command", Pick(Commands)),
        5 => new("command and junk", Mix(Pick(Commands), RandomCodePoints(_random.Next(1, 6)), Pick(Hostile))),
        6 => InvalidUtf8(),
        7 => new("long", Long(_random.Next(1_000, 60_000))),
        8 => new("blank", Pick(["", " ", "\n", "\t", "\r\n", "\0", "\u0085", "   \u00A0 "])),
        9 => new("nul in a command", Pick(Commands).Insert(0, "\0") + "\0"),
        10 => new("carriage returns", string.Join(Pick(["\r", "\r\n", "\n\r"]), Pick(Commands), Pick(Commands))),
        _ => new("everything", Mix(Pick(Commands), Controls(2), Pick(Hostile), Pick(Unicode), RandomCodePoints(5))),
    };

    private string Pick(string[] options) => options[_random.Next(options.Length)];

    private string Mix(params string[] parts) => string.Join(Pick([" ", "", "\n", ", "]), parts);

    private string Controls(int count) =>
        string.Concat(Enumerable.Range(0, count).Select(_ => Pick(["\0", "\u0001", "\u0007", "\b", "\u000B", "\f", "\u001B", "\u001F", "\u007F", "\u0080", "\u009F", "\r"])));

    /// <summary>Code points from every plane, surrogates and non-characters included; a lone
    /// surrogate cannot travel in a form, so it arrives as U+FFFD, as Twilio would have signed it.</summary>
    private string RandomCodePoints(int count)
    {
        var text = new StringBuilder();
        for (var i = 0; i < count; i++)
        {
            var plane = _random.Next(17);
            var codePoint = (plane << 16) | _random.Next(0x10000);
            text.Append(Rune.IsValid(codePoint) ? new Rune(codePoint).ToString() : "\uFFFD");
        }
        return text.ToString();
    }

    private string Long(int length)
    {
        var text = new StringBuilder(length);
        var filler = Pick(["saldo ", "a", "\U0001F600", "setor sri 50rb, ", "ꦱ", "\u200D", "x\0", "<&>"]);
        while (text.Length < length) text.Append(filler);
        return text.ToString();
    }

    /// <summary>Bytes that are no UTF-8 (a lone 0xFF, a cut-off sequence, an encoded surrogate, an
    /// overlong slash) around a command: a correct reader reads each bad sequence as U+FFFD.</summary>
    private Body InvalidUtf8()
    {
        byte[][] bad = [[0xFF], [0xFE, 0xFF], [0xC3], [0xE2, 0x82], [0xED, 0xA0, 0x80], [0xC0, 0xAF], [0xF4, 0x90, 0x80, 0x80], [0x80]];
        var bytes = new List<byte>();
        bytes.AddRange(Encoding.UTF8.GetBytes(Pick(Commands) + " "));
        bytes.AddRange(bad[_random.Next(bad.Length)]);
        bytes.AddRange(Encoding.UTF8.GetBytes(" " + Pick(Commands)));
        var raw = bytes.ToArray();
        return new("invalid utf-8", Encoding.UTF8.GetString(raw), raw);
    }
}
