using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace Pkkpm.Bot.Outbound;

/// <summary>Bound from Outbound__*: how the outbox is sent. Times as 00:00:02 (hh:mm:ss).</summary>
public sealed class OutboundOptions
{
    /// <summary>Runs the background sender (tests of other features may turn it off).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>
    /// Sends nothing, even with a Twilio account: each message is logged masked (number, length,
    /// hash). Outside Development the service refuses to start without an account unless this is set.
    /// </summary>
    public bool LogOnly { get; set; }

    /// <summary>Messages being sent at once; unset: <see cref="SendsAtOnce"/> chooses.</summary>
    public int? Concurrency { get; set; }

    /// <summary>
    /// Outbound__Concurrency, or when unset: 32 with no throughput limit (a send's time is mostly
    /// waiting for Twilio and for the commit that records it, so more in flight is more per second;
    /// a 429 from Twilio for too many at once is retried like any other), else 4 per message/second of the slowest
    /// limited sender, 4 to 32. Claimed rows wait their sender's turn, so this keeps what a receipt
    /// queued behind a broadcast waits for the rows already claimed to about 4 seconds.
    /// </summary>
    public int SendsAtOnce => Concurrency ?? (SlowestRate is { } slowest ? Math.Clamp((int)Math.Ceiling(4 * slowest), 4, 32) : 32);

    /// <summary>The slowest limited sender's messages per second; null when neither is limited.</summary>
    public double? SlowestRate => new[] { SmsPerSecond, WhatsAppPerSecond }.Where(r => r > 0).Select(r => (double?)r).Min();

    /// <summary>How long a claimed row is left alone; after a crash it is claimed again after this.</summary>
    public TimeSpan Lease { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>How often the outbox is looked at when there is nothing to send.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    public TimeSpan HttpTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Retries wait a random time up to RetryBaseDelay * 2^(attempt-1), at most RetryMaxDelay.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(2);

    public TimeSpan RetryMaxDelay { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Attempts before a row is given up as failed.</summary>
    public int MaxAttempts { get; set; } = 8;

    /// <summary>Messages per second from the SMS number; 0 = no limit.</summary>
    public double SmsPerSecond { get; set; } = 1;

    /// <summary>Messages per second from the WhatsApp sender; 0 = no limit.</summary>
    public double WhatsAppPerSecond { get; set; } = 10;

    /// <summary>
    /// Approved WhatsApp templates (ContentSid HX...) by outbox kind, for messages outside the
    /// 24-hour window: Outbound__Templates__receipt, __meeting, __reminder, __tip, __broadcast.
    /// Each template has one variable, {{1}}, which gets the message's text.
    /// </summary>
    public Dictionary<string, string> Templates { get; set; } = new(StringComparer.OrdinalIgnoreCase);
}

internal sealed partial class OutboundOptionsValidator : IValidateOptions<OutboundOptions>
{
    public ValidateOptionsResult Validate(string? name, OutboundOptions o)
    {
        var errors = new List<string>();
        if (o.Concurrency is < 1 or > 64) errors.Add("Outbound__Concurrency must be 1-64 (or unset).");
        if (o.MaxAttempts < 1) errors.Add("Outbound__MaxAttempts must be at least 1.");
        if (o.SmsPerSecond < 0 || o.WhatsAppPerSecond < 0) errors.Add("Outbound__SmsPerSecond and Outbound__WhatsAppPerSecond must be 0 (no limit) or more.");
        foreach (var (setting, value) in new[] { ("Lease", o.Lease), ("PollInterval", o.PollInterval), ("HttpTimeout", o.HttpTimeout), ("RetryBaseDelay", o.RetryBaseDelay), ("RetryMaxDelay", o.RetryMaxDelay) })
            if (value <= TimeSpan.Zero) errors.Add($"Outbound__{setting} must be positive.");
        if (o.Lease <= o.HttpTimeout) errors.Add("Outbound__Lease must be longer than Outbound__HttpTimeout, or a slow send would be claimed again while it runs.");
        // A claimed row may wait its turn at the sender behind the others in flight; that wait must fit in the lease.
        var slowest = o.SlowestRate ?? double.MaxValue;
        if (o.SendsAtOnce / slowest + o.HttpTimeout.TotalSeconds >= o.Lease.TotalSeconds)
            errors.Add("Outbound__Concurrency is too high for the slowest sender's rate: a claimed row could wait longer than Outbound__Lease.");
        foreach (var (kind, sid) in o.Templates)
            if (!ContentSid().IsMatch(sid)) errors.Add($"Outbound__Templates__{kind} must be a ContentSid: HX and 32 hex digits.");
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    [GeneratedRegex("^HX[0-9a-fA-F]{32}$")]
    private static partial Regex ContentSid();
}
