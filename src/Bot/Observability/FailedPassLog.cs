using Pkkpm.Data;

namespace Pkkpm.Bot.Observability;

/// <summary>
/// How a background worker says that one of its passes failed and will be tried again. A database
/// busy for a while (a large import has SQLite's file, PostgreSQL out of reach for a moment) is
/// expected and passes by itself: a warning with its reason, one line a pass. Anything else is an
/// error with its stack, for someone to look at.
/// </summary>
internal static class FailedPassLog
{
    public static void LogFailedPass(this ILogger logger, Exception error, string pass)
    {
        if (DatabaseUnavailable.Is(error)) logger.LogWarning("{Pass}: the database is busy or out of reach ({Reason})", pass, error.Message);
        else logger.LogError(error, "{Pass}", pass);
    }
}
