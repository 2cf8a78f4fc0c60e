namespace Pkkpm.Bot.Broadcasts;

/// <summary>Bound from Broadcasts__*: how the fan-out expands recorded broadcasts into the outbox.</summary>
public sealed class BroadcastOptions
{
    public bool Enabled { get; set; } = true;

    /// <summary>
    /// Members queued per writer unit. On SQLite a batch runs in the single writer's background lane:
    /// a turn waits behind one batch at most. 2,000 members took ~72 ms a batch on the bench machine
    /// (100,000 in 3.6 s), too near the 100 ms a turn may wait; 500 keeps that wait near 20 ms and
    /// costs the whole broadcast little (docs/performance.md).
    /// </summary>
    public int BatchSize { get; set; } = 500;

    /// <summary>How often it looks without a wake: for another instance's broadcast or one a stop left half-done.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(30);
}
