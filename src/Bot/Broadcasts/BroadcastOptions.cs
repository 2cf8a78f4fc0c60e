namespace Pkkpm.Bot.Broadcasts;

/// <summary>Bound from Broadcasts__*: how the fan-out expands recorded broadcasts into the outbox.</summary>
public sealed class BroadcastOptions
{
    public bool Enabled { get; set; } = true;

    /// <summary>
    /// Members queued per writer unit. Each batch holds the single writer (SQLite) while it runs, and
    /// turns queued behind it wait: with 2,000, SALDO's p99 rose from 51 to 581 ms while 100,000 were
    /// queued (docs/performance.md). Smaller batches shorten each wait and lengthen the whole.
    /// </summary>
    public int BatchSize { get; set; } = 2000;

    /// <summary>How often it looks without a wake: for another instance's broadcast or one a stop left half-done.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(30);
}
