using Pkkpm.Data.Stores;

namespace Pkkpm.Bot.Outbound;

/// <summary>
/// A message Twilio took but later reported failed or undelivered because the phone could not get
/// it then, or not on that channel, is queued once more by SMS, linked to the first. Any message: a
/// receipt as much as a meeting notice (a resend of bulk still waits behind receipts and still skips
/// whoever has opted out). Once: a resend is never resent, so a number that cannot be reached costs
/// at most one more SMS per message.
/// </summary>
internal static class LateResends
{
    // 30003 handset unreachable (switched off, no signal), 30005 unknown handset, 30006 a landline
    // or an unreachable carrier (on WhatsApp: the number has no WhatsApp), 63016 WhatsApp's 24-hour
    // window had closed (SMS has no window). Other codes (30007 a carrier's filter, 30008 unknown)
    // would meet the same fate again.
    public static readonly IReadOnlySet<int> Codes = new HashSet<int> { 30003, 30005, 30006, 63016 };

    public static bool Wanted(OutboxDelivery.Sent message, string status, int? errorCode) =>
        status is "failed" or "undelivered"
        && errorCode is { } code && Codes.Contains(code)
        && message.ResendOf is null;
}
