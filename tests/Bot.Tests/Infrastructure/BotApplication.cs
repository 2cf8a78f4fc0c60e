using System.Data.Common;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Npgsql;
using Pkkpm.Data;

namespace Pkkpm.Bot.Tests.Infrastructure;

/// <summary>
/// The real service on a fresh database of its own (a SQLite file, or with <c>provider: "postgres"</c>
/// a database on the run's PostgreSQL), with the given seeds, a known auth token and a clock the test
/// controls. Every test starts its own; several given one <see cref="ScratchDatabase"/> are several
/// instances of the service on one database.
/// </summary>
internal sealed class BotApplication : WebApplicationFactory<Program>
{
    public const string AuthToken = "test-auth-token-0123456789";

    /// <summary>Friday 27 November 2026, 10:00 WIB.</summary>
    public static readonly DateTimeOffset Start = new(2026, 11, 27, 10, 0, 0, TimeSpan.FromHours(7));

    private readonly string _folder = Directory.CreateTempSubdirectory("pkkpm-test-").FullName;
    private readonly Dictionary<string, string?> _settings;
    private readonly ScratchDatabase? _ownDatabase;

    /// <param name="databasePath">Another application's SQLite file, to start again on it as after a crash.</param>
    /// <param name="provider">sqlite or postgres: the database this application makes for itself.</param>
    /// <param name="database">A database shared with other applications (the test disposes it).</param>
    public BotApplication(string? seedsFolder = null, Dictionary<string, string?>? settings = null, string? databasePath = null,
        string provider = DatabaseOptions.Sqlite, ScratchDatabase? database = null)
    {
        // The constructor cannot await; Task.Run keeps the wait off xunit's synchronisation context.
        if (database is null && provider != DatabaseOptions.Sqlite)
            database = _ownDatabase = Task.Run(() => ScratchDatabase.CreateAsync(provider)).GetAwaiter().GetResult();
        DatabasePath = databasePath ?? Path.Combine(_folder, "pkkpm.db");
        Provider = database?.Provider ?? DatabaseOptions.Sqlite;
        ConnectionString = database?.ConnectionString ?? $"Data Source={DatabasePath}";
        _settings = new()
        {
            ["Database:Provider"] = Provider,
            ["ConnectionStrings:Pkkpm"] = ConnectionString,
            ["Seeds:Path"] = seedsFolder ?? RepoFolder("seeds"),
            ["Twilio:AuthToken"] = AuthToken,
        };
        foreach (var (key, value) in settings ?? []) _settings[key] = value;
    }

    /// <summary>The SQLite file (when <see cref="Provider"/> is sqlite).</summary>
    public string DatabasePath { get; }

    public string Provider { get; }

    public string ConnectionString { get; }

    public FakeTimeProvider Clock { get; } = new(Start);

    public CountingDatabase Database => (CountingDatabase)Services.GetRequiredService<IDatabase>();

    public TwilioSender Twilio => new(CreateClient(), AuthToken);

    /// <summary>The database as a person with a SQL prompt would look at it.</summary>
    public DbConnection OpenDatabase() =>
        Provider == DatabaseOptions.Postgres ? new NpgsqlConnection(ConnectionString) : new SqliteConnection(ConnectionString);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        foreach (var (key, value) in _settings) builder.UseSetting(key, value);
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<TimeProvider>(Clock);
            var real = services.Single(s => s.ServiceType == typeof(IDatabase));
            services.Remove(real);
            services.AddSingleton<IDatabase>(sp => new CountingDatabase((IDatabase)real.ImplementationFactory!(sp)));
        });
    }

    public static string RepoFolder(string name)
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "Pkkpm.Bot.sln"))) folder = folder.Parent;
        return Path.Combine(folder?.FullName ?? throw new InvalidOperationException("Pkkpm.Bot.sln not found above the test folder"), name);
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
        if (_ownDatabase is not null) await _ownDatabase.DisposeAsync();
    }
}
