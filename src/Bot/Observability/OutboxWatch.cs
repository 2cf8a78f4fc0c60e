using System.Diagnostics.Metrics;
using Microsoft.Extensions.Options;
using Pkkpm.Data;
using Pkkpm.Data.Stores;

namespace Pkkpm.Bot.Observability;

/// <summary>
/// Looks at the outbox every Management__SampleInterval, for the gauges pkkpm_outbox_queued and
/// pkkpm_outbox_lag_seconds (age of the oldest message still waiting), each by queue (personal or
/// bulk), and the write queue's depth.
/// Sampled rather than read on each scrape, so a slow database never stalls /metrics.
/// </summary>
internal sealed class OutboxWatch : BackgroundService
{
    private readonly IDatabase _database;
    private readonly TimeProvider _clock;
    private readonly ManagementOptions _options;
    private readonly ILogger<OutboxWatch> _logger;
    private OutboxBacklog _last = OutboxBacklog.Empty;

    public OutboxWatch(IDatabase database, TimeProvider clock, IOptions<ManagementOptions> options, BotMetrics metrics, WriteQueue writes, ILogger<OutboxWatch> logger)
    {
        _database = database;
        _clock = clock;
        _options = options.Value;
        _logger = logger;
        metrics.Meter.CreateObservableGauge("pkkpm.outbox.queued", () => Both(queue => queue.Waiting),
            description: "Outbound messages waiting to be sent, personal (receipts, answers) or bulk");
        metrics.Meter.CreateObservableGauge("pkkpm.outbox.lag", () => Both(queue => queue.Lag(_clock.GetUtcNow()).TotalSeconds),
            unit: "s", description: "Age of the oldest outbound message still waiting, personal or bulk");
        metrics.Meter.CreateObservableGauge("pkkpm.write_queue.depth", () => writes.Depth, description: "Database writes waiting or running");
    }

    private IEnumerable<Measurement<T>> Both<T>(Func<OutboxBacklog.Queue, T> value) where T : struct
    {
        var last = Volatile.Read(ref _last);
        yield return new(value(last.Personal), new KeyValuePair<string, object?>("queue", "personal"));
        yield return new(value(last.Bulk), new KeyValuePair<string, object?>("queue", "bulk"));
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(_options.SampleInterval);
        do
        {
            try
            {
                Volatile.Write(ref _last, await _database.ReadAsync(c => OutboxBacklog.ReadAsync(c, stoppingToken), stoppingToken));
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The database being down is health's to report; the gauges keep their last value.
                _logger.LogDebug(e, "Could not read the outbox for its gauges");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
