using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Pkkpm.Data;

namespace Pkkpm.Bot.Tests.Infrastructure;

/// <summary>
/// The real service on a fresh SQLite file of its own, with the given seeds, a known auth token and
/// a clock the test controls. Every test starts its own.
/// </summary>
internal sealed class BotApplication : WebApplicationFactory<Program>
{
    public const string AuthToken = "test-auth-token-0123456789";

    /// <summary>Friday 27 November 2026, 10:00 WIB.</summary>
    public static readonly DateTimeOffset Start = new(2026, 11, 27, 10, 0, 0, TimeSpan.FromHours(7));

    private readonly string _folder = Directory.CreateTempSubdirectory("pkkpm-test-").FullName;
    private readonly Dictionary<string, string?> _settings;

    /// <param name="databasePath">Another application's database, to start again on it as after a crash.</param>
    public BotApplication(string? seedsFolder = null, Dictionary<string, string?>? settings = null, string? databasePath = null)
    {
        DatabasePath = databasePath ?? Path.Combine(_folder, "pkkpm.db");
        _settings = new()
        {
            ["ConnectionStrings:Pkkpm"] = $"Data Source={DatabasePath}",
            ["Seeds:Path"] = seedsFolder ?? RepoFolder("seeds"),
            ["Twilio:AuthToken"] = AuthToken,
        };
        foreach (var (key, value) in settings ?? []) _settings[key] = value;
    }

    public string DatabasePath { get; }

    public FakeTimeProvider Clock { get; } = new(Start);

    public CountingDatabase Database => (CountingDatabase)Services.GetRequiredService<IDatabase>();

    public TwilioSender Twilio => new(CreateClient(), AuthToken);

    /// <summary>The database as a person with a SQL prompt would look at it.</summary>
    public SqliteConnection OpenDatabase() => new($"Data Source={DatabasePath}");

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
    }
}
