using System.Text;
using Twilio.TwiML;

namespace Pkkpm.Bot.Twilio;

/// <summary>
/// Replies as TwiML. The SDK's builder escapes &lt;, &amp; and ]]&gt;; we also drop the control
/// characters XML 1.0 cannot carry at all (a stray one would make Twilio discard the reply).
/// </summary>
internal static class TwiML
{
    public static IResult Reply(IEnumerable<string> texts)
    {
        var response = new MessagingResponse();
        foreach (var text in texts) response.Message(XmlSafe(text));
        return TypedResults.Text(response.ToString(), "application/xml", Encoding.UTF8);
    }

    public static string XmlSafe(string text)
    {
        var safe = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                safe.Append(c).Append(text[++i]);
            }
            else if (c is '\n' or '\r' or '\t' || (c >= ' ' && !char.IsSurrogate(c) && c is not ('\uFFFE' or '\uFFFF')))
            {
                safe.Append(c);
            }
        }
        return safe.ToString();
    }
}
