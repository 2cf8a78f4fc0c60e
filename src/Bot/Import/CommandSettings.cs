using Pkkpm.Data;
using Pkkpm.Data.Postgres;
using Pkkpm.Data.Sqlite;

namespace Pkkpm.Bot.Import;

/// <summary>
/// The database a command beside the service works on, named by the same settings as the service
/// (appsettings.json, appsettings.{Environment}.json, environment variables such as Database__Provider
/// and ConnectionStrings__Pkkpm).
/// </summary>
internal static class CommandSettings
{
    /// <param name="environment">
    /// When ASPNETCORE_ENVIRONMENT is not set: Production for commands that change data (import,
    /// backup), Development for the local tries (send, call) that sign with the demo's token.
    /// </param>
    public static IConfiguration Read(string environment = "Production") => new ConfigurationBuilder()
        .SetBasePath(AppContext.BaseDirectory)
        .AddJsonFile("appsettings.json", optional: true)
        .AddJsonFile($"appsettings.{Environment.GetEnvironmentVariable("ASPNETCORE_ENVIRONMENT") ?? environment}.json", optional: true)
        .AddEnvironmentVariables()
        .Build();

    /// <summary>The database, or null with the reason written to <paramref name="errors"/>.</summary>
    public static IDatabase? OpenDatabase(IConfiguration configuration, TextWriter errors)
    {
        var provider = (configuration["Database:Provider"] ?? DatabaseOptions.Sqlite).Trim().ToLowerInvariant();
        var connectionString = configuration.GetConnectionString("Pkkpm") ?? new DatabaseOptions().ConnectionString;
        switch (provider)
        {
            case DatabaseOptions.Sqlite: return new SqliteDatabase(connectionString);
            case DatabaseOptions.Postgres: return new PostgresDatabase(connectionString);
            default:
                errors.WriteLine($"Database__Provider '{provider}' is not supported; use 'sqlite' or 'postgres'.");
                return null;
        }
    }
}
