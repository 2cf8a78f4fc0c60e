using Pkkpm.Bot.Observability;
using Pkkpm.Data;
using Pkkpm.Data.Postgres;
using Pkkpm.Data.Sqlite;

namespace Pkkpm.Bot.Database;

public static class DatabaseSetup
{
    /// <summary>
    /// Database__Provider (sqlite, the default, or postgres), ConnectionStrings__Pkkpm (a file for SQLite,
    /// a normal Npgsql connection string for PostgreSQL) and Seeds__Path; migrations and seeds run at start.
    /// </summary>
    public static IServiceCollection AddDatabase(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var options = new DatabaseOptions
        {
            Provider = (configuration["Database:Provider"] ?? DatabaseOptions.Sqlite).Trim().ToLowerInvariant(),
            ConnectionString = configuration.GetConnectionString("Pkkpm") ?? new DatabaseOptions().ConnectionString,
        };
        Func<IDatabase> open = options.Provider switch
        {
            DatabaseOptions.Sqlite => () => new SqliteDatabase(options.ConnectionString),
            DatabaseOptions.Postgres => () => new PostgresDatabase(options.ConnectionString),
            _ => throw new InvalidOperationException($"Database__Provider '{options.Provider}' is not supported; use 'sqlite' or 'postgres'."),
        };
        // Every write is counted from its call to its commit: the write queue's depth in /metrics.
        services.AddSingleton<WriteQueue>();
        services.AddSingleton<IDatabase>(sp => new MeasuredDatabase(open(), sp.GetRequiredService<WriteQueue>()));
        services.AddSingleton(new SeedOptions(SeedsFolder(configuration, environment)));
        services.AddHostedService<DatabaseStartup>();
        return services;
    }

    /// <summary>Relative paths are read from the content root (src/Bot when run from the repo).</summary>
    private static string? SeedsFolder(IConfiguration configuration, IHostEnvironment environment)
    {
        var path = configuration["Seeds:Path"];
        return string.IsNullOrWhiteSpace(path) ? null : Path.GetFullPath(path, environment.ContentRootPath);
    }
}

public sealed record SeedOptions(string? Folder);
