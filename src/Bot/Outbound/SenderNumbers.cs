using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace Pkkpm.Bot.Outbound;

/// <summary>
/// Who messages come from, bound from Twilio__SmsFrom (E.164), Twilio__WhatsAppFrom
/// (whatsapp:+62...) and Twilio__MessagingServiceSid (MG...; when set it is used for both, and
/// Twilio picks the sender from the service's pool).
/// </summary>
public sealed class SenderNumbers
{
    public string? SmsFrom { get; set; }

    public string? WhatsAppFrom { get; set; }

    public string? MessagingServiceSid { get; set; }

    public bool HasWhatsApp => !string.IsNullOrWhiteSpace(WhatsAppFrom) || !string.IsNullOrWhiteSpace(MessagingServiceSid);
}

/// <summary>Only checked when messages really go to Twilio (credentials are set).</summary>
internal sealed partial class SenderNumbersValidator(bool sendsToTwilio) : IValidateOptions<SenderNumbers>
{
    public ValidateOptionsResult Validate(string? name, SenderNumbers o)
    {
        if (!sendsToTwilio) return ValidateOptionsResult.Success;
        var errors = new List<string>();
        if (string.IsNullOrWhiteSpace(o.SmsFrom) && string.IsNullOrWhiteSpace(o.MessagingServiceSid))
            errors.Add("Twilio__SmsFrom or Twilio__MessagingServiceSid must be set to send messages.");
        if (!string.IsNullOrWhiteSpace(o.SmsFrom) && !E164().IsMatch(o.SmsFrom))
            errors.Add("Twilio__SmsFrom must be an E.164 number, e.g. +6281100000000.");
        if (!string.IsNullOrWhiteSpace(o.WhatsAppFrom) && !WhatsApp().IsMatch(o.WhatsAppFrom))
            errors.Add("Twilio__WhatsAppFrom must look like whatsapp:+6281100000000.");
        if (!string.IsNullOrWhiteSpace(o.MessagingServiceSid) && !ServiceSid().IsMatch(o.MessagingServiceSid))
            errors.Add("Twilio__MessagingServiceSid must be MG and 32 hex digits.");
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    [GeneratedRegex(@"^\+[1-9][0-9]{6,14}$")]
    private static partial Regex E164();

    [GeneratedRegex(@"^whatsapp:\+[1-9][0-9]{6,14}$")]
    private static partial Regex WhatsApp();

    [GeneratedRegex("^MG[0-9a-fA-F]{32}$")]
    private static partial Regex ServiceSid();
}
