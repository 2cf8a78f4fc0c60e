using System.Threading.Channels;

namespace Pkkpm.Bot.Broadcasts;

/// <summary>
/// "A broadcast has just been recorded": wakes the fan-out at once, so a notice to fifteen members
/// goes out as fast as when the YA queued it itself. Wakes that come while the fan-out is busy
/// fold into one: it looks for every waiting broadcast anyway.
/// </summary>
public sealed class BroadcastSignal
{
    private readonly Channel<bool> _wakes = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    public void Wake() => _wakes.Writer.TryWrite(true);

    /// <summary>Until the next wake, or <paramref name="poll"/> on <paramref name="clock"/> (another
    /// instance's broadcast, or one left half-done by a stopped instance, has no wake here).</summary>
    public async Task WaitAsync(TimeSpan poll, TimeProvider clock, CancellationToken stoppingToken)
    {
        using var either = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        var woken = _wakes.Reader.WaitToReadAsync(either.Token).AsTask();
        var polled = Task.Delay(poll, clock, either.Token);
        await Task.WhenAny(woken, polled);
        await either.CancelAsync();
        stoppingToken.ThrowIfCancellationRequested();
        _wakes.Reader.TryRead(out _);
    }
}
