using System.Net;
using System.Security.Cryptography;
using System.Xml.Linq;

namespace Pkkpm.Bot.Tests.Infrastructure;

/// <summary>Calls as Twilio posts them to a number's voice webhook ("A call comes in"), signed the same way.</summary>
internal sealed partial class TwilioSender
{
    /// <summary>What the service answered a call: the status and its TwiML (parsed when 200).</summary>
    public sealed record CallAnswer(HttpStatusCode Status, string? ContentType, string Body)
    {
        public XElement Response => XDocument.Parse(Body).Root!;

        public bool Rejected => Response.Elements().SingleOrDefault() is { Name.LocalName: "Reject" } reject && (string?)reject.Attribute("reason") == "busy";
    }

    public async Task<CallAnswer> VoiceAsync(string from, string? callSid = null, string? signature = null)
    {
        var fields = VoiceFields(from, callSid);
        var url = new Uri(client.BaseAddress!, "/twilio/voice").ToString();
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new FormUrlEncodedContent(fields) };
        if (signature != "") request.Headers.Add("X-Twilio-Signature", signature ?? Signature(authToken, url, fields));
        using var response = await client.SendAsync(request);
        return new CallAnswer(response.StatusCode, response.Content.Headers.ContentType?.MediaType, await response.Content.ReadAsStringAsync());
    }

    /// <summary>The fields of an incoming call as Twilio's voice webhook documents them.</summary>
    public static Dictionary<string, string> VoiceFields(string from, string? callSid = null) => new()
    {
        ["AccountSid"] = "AC" + new string('a', 32), ["ApiVersion"] = "2010-04-01",
        ["CallSid"] = callSid ?? NewCallSid(), ["CallStatus"] = "ringing", ["Direction"] = "inbound",
        ["From"] = from, ["Caller"] = from, ["FromCountry"] = "ID", ["CallerCountry"] = "ID",
        ["To"] = ServiceNumber, ["Called"] = ServiceNumber, ["ToCountry"] = "ID", ["CalledCountry"] = "ID",
    };

    public static string NewCallSid() => "CA" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
}
