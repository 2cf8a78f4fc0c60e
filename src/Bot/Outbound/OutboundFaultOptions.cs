using Microsoft.Extensions.Options;

namespace Pkkpm.Bot.Outbound;

/// <summary>
/// Bound from Outbound__* beside <see cref="OutboundOptions"/>: what the sender does when Twilio
/// refuses our account, and when a number keeps failing.
/// </summary>
public sealed class OutboundFaultOptions
{
    /// <summary>
    /// While Twilio answers 401, 403 or 404 (credentials, a suspended account, a wrong account sid),
    /// sending is paused and one message is tried this often; the first that Twilio takes resumes it.
    /// </summary>
    public TimeSpan PausedRetryInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// Messages in a row to one number that fail because the number cannot be reached, with none
    /// delivered between, before its pendamping is told (once, until a message reaches it); 0 = never.
    /// </summary>
    public int FailingNumberAfter { get; set; } = 3;
}

internal sealed class OutboundFaultOptionsValidator : IValidateOptions<OutboundFaultOptions>
{
    public ValidateOptionsResult Validate(string? name, OutboundFaultOptions o)
    {
        var errors = new List<string>();
        if (o.PausedRetryInterval <= TimeSpan.Zero) errors.Add("Outbound__PausedRetryInterval must be positive.");
        if (o.FailingNumberAfter < 0) errors.Add("Outbound__FailingNumberAfter must be 0 (never) or more.");
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
