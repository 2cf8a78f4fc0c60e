namespace Pkkpm.Bot.Deployment;

/// <summary>
/// The auth token of appsettings.Development.json. It is in the repo, so anyone can sign a
/// webhook with it: it is only good for messages typed on the same machine.
/// </summary>
public static class DevelopmentToken
{
    public const string Value = "local-development-token";

    public static bool Is(string? token) => token == Value;
}
