namespace Pkkpm.Bot.ProgrammeConsole.SignIn;

/// <summary>
/// Where to go after signing in: a page of the console itself, or the console's home. Anything
/// else ("//evil.example", "https://...", "/\evil", another part of this service) is ignored, so a
/// link crafted to send people elsewhere after they sign in does not work.
/// </summary>
public static class ReturnUrls
{
    public const string Home = "/console";

    public static string Safe(string? returnUrl)
    {
        if (string.IsNullOrEmpty(returnUrl) || returnUrl.Length > 2048) return Home;
        var local = returnUrl[0] == '/' && (returnUrl.Length == 1 || (returnUrl[1] != '/' && returnUrl[1] != '\\'))
            && !returnUrl.Any(char.IsControl);
        var inConsole = returnUrl == Home || returnUrl.StartsWith(Home + "/", StringComparison.Ordinal) || returnUrl.StartsWith(Home + "?", StringComparison.Ordinal);
        return local && inConsole && !returnUrl.Contains('\\') ? returnUrl : Home;
    }
}
