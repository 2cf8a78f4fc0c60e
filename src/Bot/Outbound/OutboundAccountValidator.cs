using Microsoft.Extensions.Options;

namespace Pkkpm.Bot.Outbound;

/// <summary>
/// Outside Development a receipt that goes nowhere must never be counted as sent: without a Twilio
/// account the service does not start, unless the operator said Outbound__LogOnly=true.
/// </summary>
internal sealed class OutboundAccountValidator(IHostEnvironment environment, bool hasAccount) : IValidateOptions<OutboundOptions>
{
    public ValidateOptionsResult Validate(string? name, OutboundOptions o) =>
        environment.IsDevelopment() || hasAccount || o.LogOnly
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail("Twilio__AccountSid is not set, so no message could be sent: set Twilio__AccountSid, Twilio__AuthToken and "
                + "Twilio__SmsFrom or Twilio__MessagingServiceSid, or set Outbound__LogOnly=true to send nothing.");
}
