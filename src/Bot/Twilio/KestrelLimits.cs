using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace Pkkpm.Bot.Twilio;

/// <summary>
/// What the server accepts before any endpoint runs. Only Twilio calls us: its headers are a few
/// hundred bytes, its forms a few kilobytes (a 1,600-character message of emoji, percent-encoded,
/// is under 20 KB). So a request with more than 16 KB of headers, a body over 64 KB, or a body that
/// trickles in slower than 240 bytes a second after 2 seconds (Twilio sends its form at once) is no
/// webhook, and holding a connection open for it only serves someone trying to wear the service down.
/// </summary>
public static class KestrelLimits
{
    public const int MaxHeaderBytes = 16 * 1024;

    public static readonly MinDataRate MinBodyRate = new(bytesPerSecond: 240, gracePeriod: TimeSpan.FromSeconds(2));

    public static void Apply(KestrelServerOptions options)
    {
        options.Limits.MaxRequestHeadersTotalSize = MaxHeaderBytes;
        options.Limits.MaxRequestBodySize = InboundForm.MaxBytes;
        options.Limits.MinRequestBodyDataRate = MinBodyRate;
    }
}
