using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Pkkpm.Data;

namespace Pkkpm.Browser.Tests;

/// <summary>
/// The real service on a real loopback port (Kestrel, not the in-memory test server: the browser
/// and the simulator's own webhook calls both need an address), in Development, on a scratch
/// SQLite file with the demo seeds: the offline demo as `dotnet run` starts it.
/// </summary>
public sealed class ServiceOnPort : IAsyncLifetime
{
    private ScratchDatabase? _database;
    private WebApplicationFactory<Program>? _factory;

    public string BaseUrl { get; private set; } = "";

    /// <summary>The service's own SQLite file, to read what a phone would receive (the sign-in code in the outbox).</summary>
    public ScratchDatabase Database => _database ?? throw new InvalidOperationException("The service has not started.");

    public async Task InitializeAsync()
    {
        _database = await ScratchDatabase.CreateAsync(DatabaseOptions.Sqlite);
        var database = _database;
        _factory = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseEnvironment("Development");
            builder.UseSetting("Database:Provider", DatabaseOptions.Sqlite);
            builder.UseSetting("ConnectionStrings:Pkkpm", database.ConnectionString);
            builder.UseSetting("Seeds:Path", RepoFolder("seeds"));
            builder.UseSetting("Management:Port", "0");
        });
        // A free loopback port of its own, chosen by the system: UseKestrel(0) fell back to
        // 127.0.0.1:5000, so two services (tests in parallel, another run) collided.
        _factory.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        _factory.StartServer();
        BaseUrl = _factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/');
    }

    public static string RepoFolder(string name)
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "Pkkpm.Bot.sln"))) folder = folder.Parent;
        return Path.Combine(folder?.FullName ?? throw new InvalidOperationException("Pkkpm.Bot.sln not found above the test folder"), name);
    }

    public async Task DisposeAsync()
    {
        if (_factory is not null) await _factory.DisposeAsync();
        if (_database is not null) await _database.DisposeAsync();
    }
}
