using Pkkpm.Bot.Twilio;

namespace Pkkpm.Bot.Voice;

public static class VoiceSetup
{
    /// <summary>Voice__MinutesBetweenBalances (default 10) and Voice__Answer (default false).</summary>
    public static IServiceCollection AddVoice(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<VoiceOptions>().Bind(configuration.GetSection("Voice"))
            .Validate(o => o.MinutesBetweenBalances >= 0, "Voice__MinutesBetweenBalances must be 0 or more.")
            .ValidateOnStart();
        return services;
    }

    /// <summary>POST /twilio/voice, behind the same signature check as the message webhooks.</summary>
    public static RouteGroupBuilder MapVoice(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/twilio");
        group.AddEndpointFilter<TwilioSignature>();
        group.MapPost("/voice", MissedCalls.ReceiveAsync).DisableAntiforgery();
        return group;
    }
}
