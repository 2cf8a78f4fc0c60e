using System.Text;

namespace Pkkpm.Bot.Twilio;

/// <summary>
/// A field of an inbound webhook made fit to store, log and read, before anything else sees it.
/// PostgreSQL refuses a NUL in text (error 22021) and XML cannot carry one, so control characters
/// go, except the tab and the line break people type. A carriage return is a line break: "\r\n"
/// and a lone "\r" (older phones) become "\n", so a message reads the same in every database and
/// log. Half of a surrogate pair, and the non-characters U+FFFE and U+FFFF, are no character at
/// all: each becomes U+FFFD, the mark for "something was here". Everything else stays as typed:
/// emoji, other scripts, right-to-left marks and zero-width joiners are text.
/// </summary>
internal static class InboundText
{
    public static string Clean(string text)
    {
        if (IsClean(text)) return text;
        var clean = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                clean.Append(c).Append(text[++i]);
            else if (c == '\r')
                clean.Append(i + 1 < text.Length && text[i + 1] == '\n' ? "" : "\n");
            else if (char.IsSurrogate(c) || c is '\uFFFE' or '\uFFFF')
                clean.Append('\uFFFD');
            else if (!IsDropped(c))
                clean.Append(c);
        }
        return clean.ToString();
    }

    private static bool IsClean(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) i++;
            else if (c == '\r' || char.IsSurrogate(c) || c is '\uFFFE' or '\uFFFF' || IsDropped(c)) return false;
        }
        return true;
    }

    // C0 controls but tab and line feed, DEL, and the C1 controls (U+0080..U+009F).
    private static bool IsDropped(char c) => char.IsControl(c) && c is not ('\t' or '\n');
}
