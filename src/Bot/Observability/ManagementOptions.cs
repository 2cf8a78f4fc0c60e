namespace Pkkpm.Bot.Observability;

/// <summary>Bound from Management__*: where operators' endpoints (/metrics) listen, on loopback only.</summary>
public sealed class ManagementOptions
{
    /// <summary>The loopback port of /metrics, never the public one; 0 takes any free port (tests).</summary>
    public int Port { get; set; } = 9464;

    /// <summary>How often the outbox is looked at for its gauges.</summary>
    public TimeSpan SampleInterval { get; set; } = TimeSpan.FromSeconds(5);
}
