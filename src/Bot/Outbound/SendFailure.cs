using System.Text.RegularExpressions;
using Pkkpm.Conversations.Phones;
using Twilio.Exceptions;

namespace Pkkpm.Bot.Outbound;

/// <summary>
/// Why Twilio did not take a message, and what that means: try again later (429, 5xx, timeouts,
/// the network), never (a number that cannot get it), the same message another way (63016:
/// outside WhatsApp's 24-hour window), or not this message's fault at all (401, 403, 404: our
/// credentials or account), when sending pauses and the message waits.
/// </summary>
internal sealed partial record SendFailure(SendFailure.Outcome Then, int? Code, string Reason)
{
    public enum Outcome
    {
        Retry,
        GiveUp,
        OutsideWhatsAppWindow,
        PauseSending,
    }

    public const int Unsubscribed = 21610;
    public const int OutsideWindow = 63016;

    // 21211 invalid number, 21610 unsubscribed (STOP), 21614 not a mobile, 63014 blocked by the user,
    // 21408/21606/21612 cannot be routed. Any other 4xx but 401/403/404 is given up as well:
    // sending the same request again would get the same answer.
    public static readonly IReadOnlySet<int> Permanent = new HashSet<int> { 21211, 21610, 21614, 63014, 21408, 21606, 21612 };

    // 401 a wrong token (rotated), 403 an account suspended or not allowed, 404 a wrong account sid:
    // every message would get the same answer, so none of them is to blame.
    private static readonly IReadOnlySet<int> AccountRefused = new HashSet<int> { 401, 403, 404 };

    public bool OptsOut => Code == Unsubscribed;

    /// <summary>Twilio judged the message itself, which it does only once it has accepted our credentials.</summary>
    public bool ProvesAccountWorks => Then is Outcome.GiveUp or Outcome.OutsideWhatsAppWindow;

    public static SendFailure From(Exception error) => error switch
    {
        ApiException { Code: OutsideWindow } e => new(Outcome.OutsideWhatsAppWindow, e.Code, Describe(e)),
        ApiException e when e.Status == 429 || e.Code == 20429 => new(Outcome.Retry, CodeOf(e), Describe(e)),
        ApiException e when AccountRefused.Contains(e.Status) && !Permanent.Contains(e.Code) => new(Outcome.PauseSending, CodeOf(e), Describe(e)),
        ApiException e when Permanent.Contains(e.Code) || e.Status is >= 400 and < 500 => new(Outcome.GiveUp, CodeOf(e), Describe(e)),
        // 5xx, and answers that were not Twilio's JSON error (the SDK then knows no status).
        ApiException e => new(Outcome.Retry, CodeOf(e), Describe(e)),
        _ => new(Outcome.Retry, null, Innermost(error)),
    };

    private static int? CodeOf(Exception error) => error is ApiException { Code: not 0 } e ? e.Code : null;

    private static string Describe(ApiException e)
    {
        var source = string.Join(" ", new[] { e.Status == 0 ? null : $"HTTP {e.Status}", e.Code == 0 ? null : $"Twilio {e.Code}" }.OfType<string>());
        var message = MaskPhones(e.Message);
        return source.Length == 0 ? message : $"{source}: {message}";
    }

    // Twilio names the number in some errors ("The 'To' number +62... is not a valid phone number"):
    // the reason goes to the log, where a phone number is never whole.
    private static string MaskPhones(string text) => PhoneInText().Replace(text, m => IndonesianPhone.Mask(m.Value));

    [GeneratedRegex(@"\+?\d{9,15}")]
    private static partial Regex PhoneInText();

    // The SDK wraps network errors and timeouts in ApiConnectionException("Connection Error: POST url"):
    // the innermost exception says what happened.
    private static string Innermost(Exception error)
    {
        var inner = error;
        while (inner.InnerException is not null) inner = inner.InnerException;
        return $"{inner.GetType().Name}: {inner.Message}";
    }
}
