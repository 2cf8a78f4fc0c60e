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
    public static IConfiguration Read() => new ConfigurationBuilder()
        .SetBasePath(AppContext.BaseDirectory)
        .AddJsonFile("appsettings.json", optional: true)
        .AddJsonFile($"appsettings.{Environment.GetEnvironmentVariable("ASPNETCORE_ENVIRONMENT") ?? "Production"}.json", optional: true)
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
