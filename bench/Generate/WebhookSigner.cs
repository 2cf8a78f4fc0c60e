using System.Security.Cryptography;
using System.Text;

namespace Pkkpm.Bench.Generate;

/// <summary>
/// One webhook as Twilio posts it: the form body and its X-Twilio-Signature, base64 of
/// HMAC-SHA1(auth token, URL + every field name and value, sorted by name). Each call gets a
/// fresh MessageSid, so the service handles every request as a new message, never as a retry.
/// </summary>
internal sealed class WebhookSigner(string url, string authToken)
{
    public const string ServiceNumber = "+6281100000000";

    private readonly byte[] _key = Encoding.UTF8.GetBytes(authToken);

    /// <summary>"signature TAB body": the line format bench/webhooks.lua reads.</summary>
    public string Line(string from, string text)
    {
        var sid = "SM" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        var fields = new SortedDictionary<string, string>(StringComparer.Ordinal)
        {
            ["ToCountry"] = "ID", ["SmsMessageSid"] = sid, ["NumMedia"] = "0", ["SmsSid"] = sid,
            ["SmsStatus"] = "received", ["Body"] = text, ["FromCountry"] = "ID", ["To"] = ServiceNumber,
            ["NumSegments"] = "1", ["MessageSid"] = sid, ["AccountSid"] = "AC" + new string('a', 32),
            ["From"] = from, ["ApiVersion"] = "2010-04-01",
        };
        var signed = url + string.Concat(fields.Select(f => f.Key + f.Value));
        var signature = Convert.ToBase64String(HMACSHA1.HashData(_key, Encoding.UTF8.GetBytes(signed)));
        var body = string.Join('&', fields.Select(f => f.Key + "=" + Uri.EscapeDataString(f.Value)));
        return signature + "\t" + body;
    }
}
