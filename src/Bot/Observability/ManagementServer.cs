using System.Net;
using Microsoft.Extensions.Options;
using OpenTelemetry.Metrics;

namespace Pkkpm.Bot.Observability;

/// <summary>
/// /metrics (Prometheus text) on its own small server, bound to loopback at Management__Port: it
/// can never be reached on the public port, whatever ASPNETCORE_URLS or a proxy in front says.
/// A port already taken is logged and the service runs on without metrics.
/// </summary>
internal sealed class ManagementServer(MeterProvider meters, IOptions<ManagementOptions> options, ILogger<ManagementServer> logger) : IHostedService, IAsyncDisposable
{
    private WebApplication? _server;

    /// <summary>Where /metrics is served once started (the real port when Management__Port is 0).</summary>
    public Uri? Address { get; private set; }

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        // An empty builder: none of the service's settings (urls, Kestrel endpoints) reach this server.
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, options.Value.Port));
        builder.Services.AddOptions();
        var server = builder.Build();
        server.UseOpenTelemetryPrometheusScrapingEndpoint(meterProvider: meters, predicate: null, path: "/metrics", configureBranchedPipeline: null, optionsName: null);
        server.Run(context =>
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return Task.CompletedTask;
        });
        try
        {
            await server.StartAsync(cancellationToken);
        }
        catch (IOException e)
        {
            logger.LogError("Metrics are not served: 127.0.0.1:{Port} is taken ({Reason}); set Management__Port to a free port", options.Value.Port, e.Message);
            await server.DisposeAsync();
            return;
        }
        _server = server;
        Address = new Uri(server.Urls.First());
        logger.LogInformation("Metrics on {Address}metrics (loopback only)", Address);
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (_server is not null) await _server.StopAsync(cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        if (_server is not null) await _server.DisposeAsync();
    }
}
