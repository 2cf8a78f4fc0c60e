namespace Pkkpm.Bot.Floods;

public static class FloodSetup
{
    /// <summary>Limits__MessagesPerPhonePerMinute, Limits__MessagesPerPhonePerDay,
    /// Limits__UnregisteredRepliesPerDay, Limits__LoopRepeats, Limits__LoopWindow.</summary>
    public static IServiceCollection AddFloodGuard(this IServiceCollection services)
    {
        services.AddOptions<LimitsOptions>()
            .BindConfiguration("Limits")
            .Validate(o => o.MessagesPerPhonePerMinute >= 0 && o.MessagesPerPhonePerDay >= 0 && o.UnregisteredRepliesPerDay >= 0 && o.LoopRepeats >= 0,
                "Limits__* must be 0 (no limit) or more.")
            .Validate(o => o.LoopRepeats == 0 || o.LoopWindow > TimeSpan.Zero, "Limits__LoopWindow must be positive.")
            .ValidateOnStart();
        return services.AddSingleton<FloodGuard>();
    }
}
