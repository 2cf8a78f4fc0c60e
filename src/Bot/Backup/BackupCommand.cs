using Microsoft.Data.Sqlite;
using Npgsql;
using Pkkpm.Bot.Import;
using Pkkpm.Data;

namespace Pkkpm.Bot.Backup;

/// <summary>
/// `backup FILE`: a consistent copy of the service's SQLite database in FILE, made while the service
/// runs and writes (<see cref="SqliteBackup"/>). It reads the database from the same settings as the
/// service (Database__Provider, ConnectionStrings__Pkkpm). On PostgreSQL, pg_dump is the tool: it
/// runs next to the server, matches its version and can restore into a new database, so the command
/// prints how and writes nothing.
/// </summary>
internal static class BackupCommand
{
    private const string Usage = "usage: backup FILE   (FILE must not exist yet)";

    public static Task<int> RunAsync(string[] args)
    {
        var configuration = CommandSettings.Read();
        return RunAsync(args, configuration, Console.Out, Console.Error);
    }

    public static async Task<int> RunAsync(string[] args, IConfiguration configuration, TextWriter output, TextWriter errors)
    {
        if (args is not [var file] || file.StartsWith('-'))
        {
            await errors.WriteLineAsync(Usage);
            return 2;
        }
        var target = Path.GetFullPath(file);
        var provider = (configuration["Database:Provider"] ?? DatabaseOptions.Sqlite).Trim().ToLowerInvariant();
        var connectionString = configuration.GetConnectionString("Pkkpm") ?? new DatabaseOptions().ConnectionString;
        switch (provider)
        {
            case DatabaseOptions.Sqlite:
                try
                {
                    await output.WriteLineAsync(await SqliteBackup.WriteAsync(connectionString, target));
                    return 0;
                }
                catch (BackupException e)
                {
                    await errors.WriteLineAsync(e.Message);
                    return 1;
                }
                catch (SqliteException e)
                {
                    await errors.WriteLineAsync($"No backup written: {e.Message}");
                    return 1;
                }
            case DatabaseOptions.Postgres:
                await errors.WriteLineAsync(PgDumpAdvice(connectionString, target));
                return 1;
            default:
                await errors.WriteLineAsync($"Database__Provider '{provider}' is not supported; use 'sqlite' or 'postgres'.");
                return 2;
        }
    }

    /// <summary>The pg_dump line for this database, without its password.</summary>
    private static string PgDumpAdvice(string connectionString, string target)
    {
        var settings = new NpgsqlConnectionStringBuilder(connectionString);
        return $"""
            Nothing written: on PostgreSQL back up with pg_dump, which copies a running database consistently. From a machine that reaches the server:
              pg_dump --format=custom --host={settings.Host} --port={settings.Port} --username={settings.Username} --dbname={settings.Database} --file={target}
            (the password from PGPASSWORD or ~/.pgpass; pg_dump at least as new as the server). Restore with pg_restore into a new database: docs/deploy.md, Backups.
            """;
    }
}
