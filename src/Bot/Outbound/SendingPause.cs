using Microsoft.Extensions.Options;

namespace Pkkpm.Bot.Outbound;

/// <summary>
/// Whether this instance sends. Twilio answering 401, 403 or 404 blames our credentials or account,
/// not the message: sending pauses, every row stays queued, and one message is tried every
/// Outbound__PausedRetryInterval; the first one Twilio takes (or judges on its own merits) resumes
/// sending. Held in memory: each instance finds out by itself, with its first send, and recovers by
/// itself, with its next try; a restart starts unpaused and finds out again.
/// </summary>
internal sealed class SendingPause(IOptions<OutboundFaultOptions> options, TimeProvider clock, ILogger<SendingPause> logger)
{
    public sealed record Paused(DateTimeOffset Since, string Reason, DateTimeOffset NextTry);

    private readonly Lock _lock = new();
    private Paused? _paused;

    /// <summary>Null while sending.</summary>
    public Paused? Current
    {
        get { lock (_lock) return _paused; }
    }

    /// <summary>Paused, with the next try not yet due: there is nothing to claim.</summary>
    public bool IsWaiting(DateTimeOffset now)
    {
        lock (_lock) return _paused is { } paused && now < paused.NextTry;
    }

    /// <summary>
    /// How many rows may be claimed now: <paramref name="wanted"/> while sending; while paused one,
    /// the try, once it is due (the next is then an interval away), else none.
    /// </summary>
    public int MayClaim(int wanted, DateTimeOffset now)
    {
        lock (_lock)
        {
            if (_paused is null) return wanted;
            if (now < _paused.NextTry) return 0;
            _paused = _paused with { NextTry = now + options.Value.PausedRetryInterval };
            return 1;
        }
    }

    public void Pause(string reason)
    {
        var now = clock.GetUtcNow();
        var interval = options.Value.PausedRetryInterval;
        bool started;
        lock (_lock)
        {
            started = _paused is null;
            _paused = new Paused(_paused?.Since ?? now, reason, now + interval);
        }
        if (started)
            logger.LogError("Twilio refused our account ({Reason}): sending is paused, messages stay queued, one is tried every {Interval}", reason, interval);
    }

    public void Resume()
    {
        Paused? was;
        lock (_lock)
        {
            was = _paused;
            _paused = null;
        }
        if (was is not null)
            logger.LogWarning("Twilio takes messages again: sending resumed after a pause of {Duration} ({Reason})", clock.GetUtcNow() - was.Since, was.Reason);
    }
}
