using System.Collections.Frozen;

namespace Pkkpm.Conversations.Sms;

/// <summary>Measures a reply as an SMS: one character outside GSM-7 (a curly quote, an emoji,
/// a long dash) turns the whole message into UCS-2 and cuts a segment from 160 to 70.</summary>
public static class SmsLength
{
    // GSM 03.38 default alphabet, in code order 0x00-0x7F (0x1B is the escape to the extension
    // table, not a character). Not in it: backtick, and [ \ ] ^ { | } ~, which live in the
    // extension table below. 0x09 is the capital Ç, as in the Unicode mapping GSM0338.TXT.
    private const string Basic =
        "@£$¥èéùìòÇ\nØø\rÅå" +
        "Δ_ΦΓΛΩΠΨΣΘΞ" + "ÆæßÉ" +
        " !\"#¤%&'()*+,-./" +
        "0123456789:;<=>?" +
        "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§" +
        "¿abcdefghijklmnopqrstuvwxyzäöñüà";

    // Each of these is sent as escape + code, so it costs two septets.
    private const string Extension = "\f^{}\\[~]|€";

    private static readonly FrozenSet<char> BasicSet = Basic.ToFrozenSet();
    private static readonly FrozenSet<char> ExtensionSet = Extension.ToFrozenSet();

    public const int SingleGsm7 = 160;
    public const int PartGsm7 = 153;    // 7 septets go to the concatenation header
    public const int SingleUcs2 = 70;
    public const int PartUcs2 = 67;

    public static bool IsGsm7(string text)
    {
        foreach (var c in text)
            if (!IsGsm7(c))
                return false;
        return true;
    }

    public static bool IsGsm7(char c) => BasicSet.Contains(c) || ExtensionSet.Contains(c);

    /// <summary>Septets the text takes in GSM-7. Throws when it is not GSM-7: check
    /// <see cref="IsGsm7(string)"/> first, or use <see cref="Segments"/>.</summary>
    public static int Septets(string text)
    {
        var septets = 0;
        foreach (var c in text)
            septets += Septets(c);
        return septets;
    }

    /// <summary>1, or 2 for a character of the extension table (sent as escape + code).</summary>
    public static int Septets(char c) =>
        BasicSet.Contains(c) ? 1
        : ExtensionSet.Contains(c) ? 2
        : throw new ArgumentException($"'{c}' (U+{(int)c:X4}) is not in GSM-7.", nameof(c));

    /// <summary>How many SMS the text is billed as. UCS-2 counts UTF-16 code units, so an emoji
    /// (a surrogate pair) counts two.</summary>
    public static int Segments(string text)
    {
        if (IsGsm7(text))
        {
            var septets = Septets(text);
            return septets <= SingleGsm7 ? 1 : CeilingDivide(septets, PartGsm7);
        }
        return text.Length <= SingleUcs2 ? 1 : CeilingDivide(text.Length, PartUcs2);
    }

    public static bool FitsOneSegment(string text) => Segments(text) == 1;

    private static int CeilingDivide(int total, int part) => (total + part - 1) / part;
}
