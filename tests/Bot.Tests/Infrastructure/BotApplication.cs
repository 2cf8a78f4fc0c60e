using System.Data.Common;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using Pkkpm.Data;

namespace Pkkpm.Bot.Tests.Infrastructure;

/// <summary>
/// The real service on a fresh database of its own, with the given seeds, a known auth token and a
/// clock the test controls. The database is of the run's provider (<see cref="DefaultProvider"/>): a
/// SQLite file, or a database on the run's PostgreSQL. Every test starts its own; several given one
/// <see cref="ScratchDatabase"/> are several instances of the service on one database, or one
/// service started again on it, as after a crash.
/// </summary>
internal sealed class BotApplication : WebApplicationFactory<Program>
{
    public const string AuthToken = "test-auth-token-0123456789";

    // Every test starts an app, and each app would watch its appsettings files for changes: an inotify
    // instance apiece, of 128 a user by default, which a busy machine runs out of. Tests never edit them.
    static BotApplication() => Environment.SetEnvironmentVariable("DOTNET_hostBuilder__reloadConfigOnChange", "false");

    /// <summary>Friday 27 November 2026, 10:00 WIB.</summary>
    public static readonly DateTimeOffset Start = new(2026, 11, 27, 10, 0, 0, TimeSpan.FromHours(7));

    /// <summary>
    /// The database this run of the suite is on: PKKPM_TEST_PROVIDER, sqlite (the default) or
    /// postgres. ./test.sh runs the suite once with each.
    /// </summary>
    public static readonly string DefaultProvider = Environment.GetEnvironmentVariable("PKKPM_TEST_PROVIDER") switch
    {
        null or "" => DatabaseOptions.Sqlite,
        DatabaseOptions.Sqlite => DatabaseOptions.Sqlite,
        DatabaseOptions.Postgres => DatabaseOptions.Postgres,
        var other => throw new InvalidOperationException($"PKKPM_TEST_PROVIDER is '{other}': sqlite or postgres"),
    };

    private readonly Dictionary<string, string?> _settings;
    private readonly ScratchDatabase _database;
    private readonly ScratchDatabase? _ownDatabase;

    /// <param name="database">A database shared with other applications (the test disposes it).</param>
    public BotApplication(string? seedsFolder = null, Dictionary<string, string?>? settings = null, ScratchDatabase? database = null)
    {
        // The constructor cannot await; Task.Run keeps the wait off xunit's synchronisation context.
        // Without PostgreSQL (outside CI) this throws SkipException: the test is skipped.
        database ??= _ownDatabase = Task.Run(() => ScratchDatabase.CreateAsync(DefaultProvider)).GetAwaiter().GetResult();
        _database = database;
        Provider = database.Provider;
        ConnectionString = database.ConnectionString;
        _settings = new()
        {
            ["Database:Provider"] = Provider,
            ["ConnectionStrings:Pkkpm"] = ConnectionString,
            ["Seeds:Path"] = seedsFolder ?? RepoFolder("seeds"),
            ["Twilio:AuthToken"] = AuthToken,
            // /metrics on a free loopback port of its own: many services run side by side here.
            ["Management:Port"] = "0",
        };
        foreach (var (key, value) in settings ?? []) _settings[key] = value;
    }

    public string Provider { get; }

    public string ConnectionString { get; }

    public FakeTimeProvider Clock { get; } = new(Start);

    /// <summary>What the service logged (at the levels its settings let through).</summary>
    public CapturedLog Log { get; } = new();

    /// <summary>This instance expands recorded broadcasts into the outbox (Broadcasts:Enabled).</summary>
    public bool FansOut => !string.Equals(_settings.GetValueOrDefault("Broadcasts:Enabled"), "false", StringComparison.OrdinalIgnoreCase);

    public CountingDatabase Database => (CountingDatabase)Services.GetRequiredService<IDatabase>();

    public TwilioSender Twilio => new(CreateClient(), AuthToken);

    /// <summary>The database as a person with a SQL prompt would look at it.</summary>
    public DbConnection OpenDatabase() => _database.Connect();

    /// <summary>
    /// Why <paramref name="factory"/> refuses to start. WebApplicationFactory sometimes loses the
    /// reason: when the failed start has already disposed the host by the time it asks the host for a
    /// service, it throws ObjectDisposedException instead. Then the start is simply tried again.
    /// </summary>
    public static Exception StartFailure(WebApplicationFactory<Program> factory)
    {
        for (var attempt = 1; ; attempt++)
        {
            var error = Assert.ThrowsAny<Exception>(() => factory.CreateClient());
            if (error is not ObjectDisposedException || attempt == 5) return error;
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        foreach (var (key, value) in _settings) builder.UseSetting(key, value);
        builder.ConfigureLogging(logging => logging.AddProvider(Log));
        builder.ConfigureTestServices(services =>
        {
            // The factory hooks every host built while its own starts, and the service builds a second
            // one for /metrics (ManagementServer): under load that one can land here too. It has no
            // database and is none of this method's business.
            if (services.SingleOrDefault(s => s.ServiceType == typeof(IDatabase)) is not { } real) return;
            services.AddSingleton<TimeProvider>(Clock);
            services.Remove(real);
            services.AddSingleton<IDatabase>(sp => new CountingDatabase((IDatabase)real.ImplementationFactory!(sp)));
            services.AddSingleton<IStartupFilter, CountingDatabase.RequestMarker>();
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
        if (_ownDatabase is not null) await _ownDatabase.DisposeAsync();
    }
}
