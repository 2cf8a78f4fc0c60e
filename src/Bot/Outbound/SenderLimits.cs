using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace Pkkpm.Bot.Outbound;

/// <summary>
/// Messages per second per sender (the SMS number, the WhatsApp sender), each a token bucket with
/// a queue: whoever waits longest goes first, and the outbox claims receipts before bulk, so a
/// broadcast only ever holds a receipt up by the few messages already in flight.
/// </summary>
/// <remarks>
/// TokenBucketRateLimiter measures time with Stopwatch and takes no TimeProvider, so its own clock
/// is switched off: with manual replenishment and a period of one tick, each TryReplenish adds a
/// token, and a timer from our TimeProvider calls it once per 1/rate seconds.
/// </remarks>
internal sealed class SenderLimits : IDisposable
{
    private readonly Bucket? _sms;
    private readonly Bucket? _whatsApp;

    public SenderLimits(IOptions<OutboundOptions> options, TimeProvider clock)
    {
        _sms = Bucket.For(options.Value.SmsPerSecond, clock);
        _whatsApp = Bucket.For(options.Value.WhatsAppPerSecond, clock);
    }

    /// <summary>Waits until the route's sender may send one more message.</summary>
    public async Task WaitTurnAsync(Route route, CancellationToken cancellationToken)
    {
        var bucket = route == Route.Sms ? _sms : _whatsApp;
        if (bucket is null) return;
        using var lease = await bucket.Limiter.AcquireAsync(1, cancellationToken);
        // The queue has no limit, so only a limiter being disposed (the app stopping) says no.
        if (!lease.IsAcquired) throw new OperationCanceledException("The sender's rate limiter was disposed.");
    }

    public void Dispose()
    {
        _sms?.Dispose();
        _whatsApp?.Dispose();
    }

    private sealed class Bucket : IDisposable
    {
        private readonly ITimer _timer;

        private Bucket(TimeSpan period, TimeProvider clock)
        {
            Limiter = new TokenBucketRateLimiter(new TokenBucketRateLimiterOptions
            {
                TokenLimit = 1,
                TokensPerPeriod = 1,
                ReplenishmentPeriod = TimeSpan.FromTicks(1),
                AutoReplenishment = false,
                QueueLimit = int.MaxValue,
                QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
            });
            _timer = clock.CreateTimer(_ => Limiter.TryReplenish(), null, period, period);
        }

        public TokenBucketRateLimiter Limiter { get; }

        public static Bucket? For(double perSecond, TimeProvider clock) =>
            perSecond <= 0 ? null : new Bucket(TimeSpan.FromSeconds(1 / perSecond), clock);

        public void Dispose()
        {
            _timer.Dispose();
            Limiter.Dispose();
        }
    }
}
