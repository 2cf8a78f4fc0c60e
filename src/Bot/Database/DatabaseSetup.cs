using Pkkpm.Data;
using Pkkpm.Data.Sqlite;

namespace Pkkpm.Bot.Database;

public static class DatabaseSetup
{
    /// <summary>Database__Provider, ConnectionStrings__Pkkpm and Seeds__Path; migrations and seeds run at start.</summary>
    public static IServiceCollection AddDatabase(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var options = new DatabaseOptions
        {
            Provider = (configuration["Database:Provider"] ?? DatabaseOptions.Sqlite).Trim().ToLowerInvariant(),
            ConnectionString = configuration.GetConnectionString("Pkkpm") ?? new DatabaseOptions().ConnectionString,
        };
        if (options.Provider != DatabaseOptions.Sqlite)
            throw new InvalidOperationException($"Database__Provider '{options.Provider}' is not supported; use 'sqlite'.");

        services.AddSingleton<IDatabase>(_ => new SqliteDatabase(options.ConnectionString));
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
