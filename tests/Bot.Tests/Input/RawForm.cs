using System.Text;

namespace Pkkpm.Bot.Tests.Input;

/// <summary>
/// A form body written byte by byte: every byte outside the unreserved set percent-encoded, so a
/// value may carry bytes that are not UTF-8, as no ordinary HTTP client would send them.
/// </summary>
internal static class RawForm
{
    public static byte[] Encode(IEnumerable<KeyValuePair<string, byte[]>> fields)
    {
        var body = new StringBuilder();
        foreach (var (name, value) in fields)
        {
            if (body.Length > 0) body.Append('&');
            Append(body, Encoding.UTF8.GetBytes(name));
            body.Append('=');
            Append(body, value);
        }
        return Encoding.ASCII.GetBytes(body.ToString());
    }

    private static void Append(StringBuilder body, byte[] bytes)
    {
        foreach (var b in bytes)
        {
            if (char.IsAsciiLetterOrDigit((char)b) || b is (byte)'-' or (byte)'.' or (byte)'_' or (byte)'~') body.Append((char)b);
            else body.Append('%').Append(b.ToString("X2"));
        }
    }
}
