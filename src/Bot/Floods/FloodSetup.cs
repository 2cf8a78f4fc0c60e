namespace Pkkpm.Bot.Floods;

public static class FloodSetup
{
    /// <summary>Limits__MessagesPerPhonePerMinute, Limits__MessagesPerPhonePerDay,
    /// Limits__UnregisteredRepliesPerDay, Limits__LoopRepeats, Limits__LoopWindow, Limits__TurnsInFlight,
    /// Limits__TurnDeadline.</summary>
    public static IServiceCollection AddFloodGuard(this IServiceCollection services)
    {
        services.AddOptions<LimitsOptions>()
            .BindConfiguration("Limits")
            .Validate(o => o.MessagesPerPhonePerMinute >= 0 && o.MessagesPerPhonePerDay >= 0 && o.UnregisteredRepliesPerDay >= 0 && o.LoopRepeats >= 0,
                "Limits__* must be 0 (no limit) or more.")
            .Validate(o => o.LoopRepeats == 0 || o.LoopWindow > TimeSpan.Zero, "Limits__LoopWindow must be positive.")
            .Validate(o => o.TurnsInFlight >= 0 && o.TurnDeadline > TimeSpan.Zero, "Limits__TurnsInFlight must be 0 (no limit) or more, Limits__TurnDeadline positive.")
            .ValidateOnStart();
        return services.AddSingleton<FloodGuard>();
    }
}
