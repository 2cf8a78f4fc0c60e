using Microsoft.Extensions.Options;
using Pkkpm.Bot.Deployment;

namespace Pkkpm.Bot.Twilio;

/// <summary>
/// Webhooks are trusted only when signed with a token nobody else knows: outside Development the
/// account's own token, and the public development token only while nobody else can reach us.
/// </summary>
internal sealed class TwilioOptionsValidator(IHostEnvironment environment, IReadOnlyList<string> reachableAddresses) : IValidateOptions<TwilioOptions>
{
    public ValidateOptionsResult Validate(string? name, TwilioOptions o)
    {
        if (!environment.IsDevelopment() && string.IsNullOrWhiteSpace(o.AuthToken))
            return ValidateOptionsResult.Fail($"Twilio__AuthToken is not set: in {environment.EnvironmentName} every webhook's signature must be checked with it.");
        if (!DevelopmentToken.Is(o.AuthToken)) return ValidateOptionsResult.Success;
        if (!environment.IsDevelopment())
            return ValidateOptionsResult.Fail($"Twilio__AuthToken is the public development token ({DevelopmentToken.Value}), which anyone can sign webhooks with: "
                + $"in {environment.EnvironmentName} set the account's own token.");
        if (reachableAddresses.Count > 0)
            return ValidateOptionsResult.Fail($"Twilio__AuthToken is the public development token ({DevelopmentToken.Value}), which anyone can sign webhooks with, "
                + $"and the service would listen on {string.Join(", ", reachableAddresses)}, not only on loopback: "
                + "listen on localhost only (ASPNETCORE_URLS, --urls, Kestrel__Endpoints__*__Url) or set your own Twilio__AuthToken.");
        return ValidateOptionsResult.Success;
    }
}
