using System.Security.Cryptography;

namespace Pkkpm.Bot.Voice;

/// <summary>The fields Twilio posts when a call comes in (a real one carries a few more), for `call`.</summary>
public static class VoiceWebhook
{
    public static Dictionary<string, string> IncomingCall(string from, string to, string? callSid = null) => new()
    {
        ["AccountSid"] = "AC" + new string('0', 32),
        ["ApiVersion"] = "2010-04-01",
        ["CallSid"] = callSid ?? "CA" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16)),
        ["CallStatus"] = "ringing",
        ["Called"] = to,
        ["CalledCountry"] = "ID",
        ["Caller"] = from,
        ["CallerCountry"] = "ID",
        ["Direction"] = "inbound",
        ["From"] = from,
        ["FromCountry"] = "ID",
        ["To"] = to,
        ["ToCountry"] = "ID",
    };
}
