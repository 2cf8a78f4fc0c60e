using Xunit;

namespace Pkkpm.Testing.Postgres;

/// <summary>
/// What a PostgreSQL test does when the server cannot start: in CI (CI set, e.g. CI=true) it fails
/// with the reason, since a run that silently skipped them would prove nothing; elsewhere it is
/// skipped, and the test output says why.
/// </summary>
public static class PostgresGate
{
    public static bool InCi =>
        Environment.GetEnvironmentVariable("CI") is { Length: > 0 } value && value is not ("false" or "0");

    public static async Task<PostgresServer> ServerAsync()
    {
        try
        {
            return await PostgresServer.GetAsync();
        }
        catch (Exception e)
        {
            var reason = $"PostgreSQL could not start: {e.Message}";
            if (InCi) throw new InvalidOperationException($"{reason} (CI is set, so PostgreSQL tests fail instead of being skipped)", e);
            throw new SkipException($"Skipped: {reason}. Install PostgreSQL (Debian: apt-get install postgresql) to run the PostgreSQL tests.");
        }
    }
}
