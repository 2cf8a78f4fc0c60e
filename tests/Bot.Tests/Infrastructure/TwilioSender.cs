using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Xml.Linq;

namespace Pkkpm.Bot.Tests.Infrastructure;

/// <summary>
/// Posts webhooks as Twilio does: form fields, signed with HMAC-SHA1 over the URL and the sorted
/// fields. Written here from Twilio's documentation, independently of the service's own signer.
/// </summary>
internal sealed partial class TwilioSender(HttpClient client, string authToken)
{
    public const string ServiceNumber = "+6281100000000";

    public sealed record Answer(HttpStatusCode Status, string Body, IReadOnlyList<string> Replies, string? RetryAfter = null)
    {
        public string Reply => Replies.Count == 1 ? Replies[0] : throw new Xunit.Sdk.XunitException($"Expected one reply, got {Status}: {Body}");
    }

    public Task<Answer> SmsAsync(string from, string body, string? sid = null) =>
        PostAsync(Fields(from, ServiceNumber, body, sid));

    public Task<Answer> WhatsAppAsync(string from, string body, string? sid = null)
    {
        var fields = Fields("whatsapp:" + from, "whatsapp:" + ServiceNumber, body, sid);
        fields["ProfileName"] = "Ibu Sri";
        fields["WaId"] = from.TrimStart('+');
        return PostAsync(fields);
    }

    /// <summary>A WhatsApp message with one attachment (a voice note, a photo), as Twilio posts it.</summary>
    public Task<Answer> WhatsAppAttachmentAsync(string from, string caption, string contentType)
    {
        var fields = Fields("whatsapp:" + from, "whatsapp:" + ServiceNumber, caption);
        fields["WaId"] = from.TrimStart('+');
        fields["NumMedia"] = "1";
        fields["MediaContentType0"] = contentType;
        fields["MediaUrl0"] = $"https://api.twilio.com/2010-04-01/Accounts/{fields["AccountSid"]}/Messages/{fields["MessageSid"]}/Media/ME{new string('1', 32)}";
        fields["MessageType"] = contentType.Split('/')[0] is "audio" or "image" or "video" ? contentType.Split('/')[0] : "document";
        return PostAsync(fields);
    }

    public static Dictionary<string, string> Fields(string from, string to, string body, string? sid = null)
    {
        sid ??= NewSid();
        return new()
        {
            ["ToCountry"] = "ID", ["SmsMessageSid"] = sid, ["NumMedia"] = "0", ["SmsSid"] = sid,
            ["SmsStatus"] = "received", ["Body"] = body, ["FromCountry"] = "ID", ["To"] = to,
            ["NumSegments"] = "1", ["MessageSid"] = sid, ["AccountSid"] = "AC" + new string('a', 32),
            ["From"] = from, ["ApiVersion"] = "2010-04-01",
        };
    }

    public static string NewSid() => "SM" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));

    public static string Signature(string token, string url, IReadOnlyDictionary<string, string> fields)
    {
        var data = url + string.Concat(fields.OrderBy(f => f.Key, StringComparer.Ordinal).Select(f => f.Key + f.Value));
        return Convert.ToBase64String(HMACSHA1.HashData(Encoding.UTF8.GetBytes(token), Encoding.UTF8.GetBytes(data)));
    }

    /// <summary>Signs for <paramref name="signedUrl"/> (default: the URL the request goes to).</summary>
    public async Task<Answer> PostAsync(Dictionary<string, string> fields, string? signedUrl = null, string? signature = null, string path = "/twilio/messages")
    {
        var url = new Uri(client.BaseAddress!, path).ToString();
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new FormUrlEncodedContent(fields) };
        request.Headers.Add("X-Twilio-Signature", signature ?? Signature(authToken, signedUrl ?? url, fields));
        return await SendAsync(request);
    }

    public async Task<Answer> SendAsync(HttpRequestMessage request)
    {
        using var response = await client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        var replies = response.StatusCode == HttpStatusCode.OK
            ? XDocument.Parse(body).Descendants("Message").Select(m => m.Value).ToList()
            : [];
        return new Answer(response.StatusCode, body, replies, response.Headers.RetryAfter?.ToString());
    }
}
