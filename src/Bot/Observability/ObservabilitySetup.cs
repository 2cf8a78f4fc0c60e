using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Pkkpm.Bot.Observability;

public static class ObservabilitySetup
{
    /// <summary>
    /// OpenTelemetry: the service's own metrics (meter Pkkpm.Bot) and HTTP request durations, in
    /// Prometheus text at /metrics on Management__Port (loopback); traces of turns and sends, sent
    /// by OTLP when OTEL_EXPORTER_OTLP_ENDPOINT is set. Every metric name starts with pkkpm_.
    /// </summary>
    public static IServiceCollection AddObservability(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ManagementOptions>().Bind(configuration.GetSection("Management"))
            .Validate(o => o.Port is >= 0 and <= 65535, "Management__Port must be a port, 0-65535 (0: any free port).")
            .Validate(o => o.SampleInterval > TimeSpan.Zero, "Management__SampleInterval must be positive.")
            .ValidateOnStart();
        services.AddSingleton<BotMetrics>();
        services.AddHostedService<OutboxWatch>();
        services.AddSingleton<ManagementServer>();
        services.AddHostedService(sp => sp.GetRequiredService<ManagementServer>());

        var telemetry = services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService("pkkpm-bot"))
            .WithMetrics(metrics => metrics
                .AddMeter(BotMetrics.MeterName)
                .AddAspNetCoreInstrumentation()
                // ASP.NET Core's own name, under ours: one prefix for everything this service exports.
                .AddView("http.server.request.duration", new MetricStreamConfiguration { Name = "pkkpm.http.server.request.duration" })
                .AddView(instrument => instrument.Meter.Name == BotMetrics.MeterName || instrument.Name == "http.server.request.duration"
                    ? null
                    : MetricStreamConfiguration.Drop)
                // target_info would repeat the service's name on every scrape, outside our prefix.
                .AddPrometheusExporter(prometheus => prometheus.TargetInfoEnabled = false));
        // Traces only go somewhere with a collector to take them; without one none are recorded.
        if (!string.IsNullOrWhiteSpace(configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]))
            telemetry.WithTracing(tracing => tracing.AddSource(BotActivities.SourceName).AddAspNetCoreInstrumentation()).UseOtlpExporter();
        return services;
    }
}
