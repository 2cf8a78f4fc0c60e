using System.Net;
using System.Text;

namespace Pkkpm.Bot.Twilio;

/// <summary>
/// application/x-www-form-urlencoded as the WHATWG URL standard reads it: '+' is a space, %XX is a
/// byte, and the bytes are UTF-8 with each invalid sequence read as U+FFFD. ASP.NET's own parser
/// instead keeps an invalid escape ("%FF") as the three letters, which is not what the sender meant
/// (the signature is checked on the values read here). A name given twice keeps both values, joined
/// with a comma, as ASP.NET's parser does.
/// </summary>
internal static class FormFields
{
    public static Dictionary<string, string> Parse(ReadOnlySpan<byte> body)
    {
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var range in body.Split((byte)'&'))
        {
            var pair = body[range];
            if (pair.IsEmpty) continue;
            var equals = pair.IndexOf((byte)'=');
            var name = Decode(equals < 0 ? pair : pair[..equals]);
            var value = equals < 0 ? "" : Decode(pair[(equals + 1)..]);
            fields[name] = fields.TryGetValue(name, out var earlier) ? earlier + "," + value : value;
        }
        return fields;
    }

    private static string Decode(ReadOnlySpan<byte> encoded)
    {
        var bytes = encoded.ToArray();
        return Encoding.UTF8.GetString(WebUtility.UrlDecodeToBytes(bytes, 0, bytes.Length));
    }
}
