using System.Security.Cryptography;
using System.Text;

namespace Pkkpm.Bot.Twilio;

/// <summary>
/// Signs a webhook exactly as Twilio does: Base64(HMAC-SHA1(auth token, URL followed by every
/// POST field's name and value, sorted by name)). Used to talk to the service without Twilio.
/// </summary>
public static class WebhookSigner
{
    public static string Sign(string authToken, string url, IEnumerable<KeyValuePair<string, string>> fields)
    {
        var data = new StringBuilder(url);
        foreach (var (name, value) in fields.OrderBy(f => f.Key, StringComparer.Ordinal))
            data.Append(name).Append(value);
        using var hmac = new HMACSHA1(Encoding.UTF8.GetBytes(authToken));
        return Convert.ToBase64String(hmac.ComputeHash(Encoding.UTF8.GetBytes(data.ToString())));
    }

    /// <summary>The fields Twilio posts for an inbound message (a real one carries a few more).</summary>
    public static Dictionary<string, string> InboundMessage(string from, string to, string body, string? messageSid = null)
    {
        var sid = messageSid ?? "SM" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        return new()
        {
            ["ToCountry"] = "ID",
            ["SmsMessageSid"] = sid,
            ["NumMedia"] = "0",
            ["SmsSid"] = sid,
            ["SmsStatus"] = "received",
            ["Body"] = body,
            ["FromCountry"] = "ID",
            ["To"] = to,
            ["NumSegments"] = "1",
            ["MessageSid"] = sid,
            ["AccountSid"] = "AC" + new string('0', 32),
            ["From"] = from,
            ["ApiVersion"] = "2010-04-01",
        };
    }
}
