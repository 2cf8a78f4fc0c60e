namespace Pkkpm.Bot.ProgrammeConsole.SignIn;

/// <summary>Bound from Console__*: how long a code lives, how many tries, how many codes a number
/// and an address may ask for in a window.</summary>
public sealed class SignInOptions
{
    public TimeSpan CodeLifetime { get; set; } = TimeSpan.FromMinutes(5);

    public int CodeTries { get; set; } = 5;

    public TimeSpan LimitWindow { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>Codes one phone number may be sent in <see cref="LimitWindow"/>: each costs an SMS.</summary>
    public int CodesPerNumber { get; set; } = 3;

    /// <summary>Requests one client address may make in <see cref="LimitWindow"/>, whatever numbers
    /// it types. Behind a proxy every client has the proxy's address unless forwarded headers are
    /// trusted: then this is a limit for everyone together.</summary>
    public int CodesPerAddress { get; set; } = 10;
}
