using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Pkkpm.Bot.Outbound;
using Pkkpm.Bot.Tests.Infrastructure;
using Pkkpm.Data;

namespace Pkkpm.Bot.Tests.ScaleOut;

/// <summary>
/// Several instances of the service, each a real Kestrel server on its own loopback port, on one
/// PostgreSQL database, as behind a load balancer. Each has its own SMS sender number, so the
/// Twilio mock can tell which instance sent a message.
/// </summary>
internal sealed class Instances : IAsyncDisposable
{
    private readonly ScratchDatabase _database;

    private Instances(ScratchDatabase database, BotApplication[] apps)
    {
        _database = database;
        Apps = apps;
        Senders = apps.Select(a => a.Twilio).ToArray();
    }

    public BotApplication[] Apps { get; }

    public TwilioSender[] Senders { get; }

    public static string SenderNumber(int instance) => $"+62811000000{instance:D2}";

    public static async Task<Instances> StartAsync(int count, string seedsFolder, Func<int, Dictionary<string, string?>> settings)
    {
        var database = await ScratchDatabase.CreateAsync(DatabaseOptions.Postgres, empty: true);
        var apps = Enumerable.Range(0, count).Select(i => new BotApplication(seedsFolder, settings(i), database: database)).ToArray();
        foreach (var app in apps) app.UseKestrel(0);
        // Started at once, as after a rollout: migrations and seeds are applied by one of them.
        await Task.WhenAll(apps.Select(app => Task.Run(app.StartServer)));
        return new Instances(database, apps);
    }

    /// <summary>
    /// Lets the outbound workers run until <paramref name="done"/>. The instances' clocks move on
    /// together, and only while no instance is claiming or sending, so no lease runs out mid-send.
    /// </summary>
    public async Task RunUntilAsync(Func<Task<bool>> done, TimeSpan within)
    {
        var activities = Apps.Select(a => a.Services.GetRequiredService<DeliveryActivity>()).ToArray();
        var watch = Stopwatch.StartNew();
        while (!await done())
        {
            if (watch.Elapsed > within) throw new TimeoutException($"Not done after {within.TotalSeconds} s.");
            if (activities.All(a => a.Working == 0))
                foreach (var app in Apps) app.Clock.Advance(TimeSpan.FromSeconds(1));
            await Task.Delay(5);
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var app in Apps) await app.DisposeAsync();
        await _database.DisposeAsync();
    }
}
