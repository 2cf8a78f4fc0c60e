namespace Pkkpm.Bot.Health;

/// <summary>Bound from Health__*.</summary>
public sealed class HealthOptions
{
    /// <summary>How long a person's own message (a receipt, an answer) may wait before health says the outbox is late.</summary>
    public TimeSpan OutboxLagLimit { get; set; } = TimeSpan.FromMinutes(10);
}
