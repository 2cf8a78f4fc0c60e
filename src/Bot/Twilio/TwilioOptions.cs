namespace Pkkpm.Bot.Twilio;

/// <summary>Bound from Twilio__*. The auth token also checks every webhook's signature.</summary>
public sealed class TwilioOptions
{
    public string? AccountSid { get; set; }

    public string? AuthToken { get; set; }

    /// <summary>The public URL Twilio calls (behind a reverse proxy the app sees another one).</summary>
    public string? PublicBaseUrl { get; set; }

    public string ApiBaseUrl { get; set; } = "https://api.twilio.com";
}
