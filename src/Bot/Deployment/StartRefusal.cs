using Microsoft.Extensions.Options;

namespace Pkkpm.Bot.Deployment;

/// <summary>
/// Settings checked at start (ValidateOnStart) that are refused stop the service: every reason on
/// one line, for the operator reading the container's log, instead of a stack trace.
/// </summary>
public static class StartRefusal
{
    /// <summary>
    /// Checks every setting validated at start now, before the host starts its services (whose
    /// failure it would log with a stack trace), and throws every reason at once.
    /// </summary>
    public static void ThrowIfRefused(IServiceProvider services) => services.GetService<IStartupValidator>()?.Validate();

    /// <summary>
    /// For the process's unhandled exception: a refusal of settings is written as one line and the
    /// process exits with 1; anything else is left to the runtime. Tests that host the service in
    /// their own process still get the exception itself.
    /// </summary>
    public static void ExitWithOneLine(object? sender, UnhandledExceptionEventArgs e)
    {
        if (e.ExceptionObject is not Exception failure || Reasons(failure) is not { Count: > 0 } reasons) return;
        Console.Error.WriteLine("Pkkpm.Bot cannot start: " + string.Join(" ", reasons));
        Environment.Exit(1);
    }

    /// <summary>The reasons the settings were refused; none for any other failure.</summary>
    public static IReadOnlyList<string> Reasons(Exception failure) => failure switch
    {
        OptionsValidationException refused => [.. refused.Failures],
        AggregateException all when all.InnerExceptions.All(inner => inner is OptionsValidationException) =>
            [.. all.InnerExceptions.Cast<OptionsValidationException>().SelectMany(inner => inner.Failures)],
        _ => [],
    };
}
