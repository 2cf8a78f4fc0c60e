namespace Pkkpm.Bot.Outbound;

/// <summary>
/// How many claims and sends are doing I/O at this moment, as opposed to waiting on the clock (for
/// a poll, a retry or the sender's turn). Tests move their fake clock only while this is 0, as a
/// real clock would never jump a minute ahead in the middle of a request.
/// </summary>
internal sealed class DeliveryActivity
{
    private int _working;

    public int Working => Volatile.Read(ref _working);

    public void Begin() => Interlocked.Increment(ref _working);

    public void End() => Interlocked.Decrement(ref _working);

    /// <summary>Runs a wait on the clock, not counted as work.</summary>
    public async Task WaitingAsync(Func<Task> wait)
    {
        End();
        try { await wait(); }
        finally { Begin(); }
    }
}
