using Pkkpm.Data;
using Pkkpm.Data.Stores;

namespace Pkkpm.Bot.Outbound;

/// <summary>
/// Records the messages Twilio took, many in one write: while one write runs, the messages sent
/// meanwhile wait and go together in the next (group commit). Sending a broadcast then costs a
/// commit per batch, not per message, which on PostgreSQL is most of a send's time. Each caller
/// still hears only once its own row is committed. A batch that fails is written again one message
/// at a time, so one bad row costs the others nothing.
/// </summary>
internal sealed class SentRecorder(IDatabase database, TimeProvider clock)
{
    private const int MaxPerWrite = 512;

    private readonly Lock _lock = new();
    private readonly List<Waiting> _waiting = [];
    private bool _writing;

    /// <summary>True when recorded now; false when the row was already recorded (sent again after its lease ran out).</summary>
    public Task<bool> RecordAsync(OutboxDelivery.SentMessage message)
    {
        var waiting = new Waiting(message);
        lock (_lock)
        {
            _waiting.Add(waiting);
            if (_writing) return waiting.Recorded.Task;
            _writing = true;
        }
        _ = WriteWhileAnyWaitAsync();
        return waiting.Recorded.Task;
    }

    private async Task WriteWhileAnyWaitAsync()
    {
        while (true)
        {
            List<Waiting> batch;
            lock (_lock)
            {
                if (_waiting.Count == 0)
                {
                    _writing = false;
                    return;
                }
                batch = _waiting[..Math.Min(_waiting.Count, MaxPerWrite)];
                _waiting.RemoveRange(0, batch.Count);
            }
            await WriteAsync(batch);
        }
    }

    private async Task WriteAsync(List<Waiting> batch)
    {
        try
        {
            var messages = batch.Select(w => w.Message).ToList();
            // Not a stopping token: an outcome Twilio has given is always recorded.
            var recorded = await database.WriteAsync(
                (c, t) => OutboxDelivery.MarkAllSentAsync(c, t, messages, clock.GetUtcNow()), CancellationToken.None);
            foreach (var w in batch) w.Recorded.TrySetResult(recorded.Contains(w.Message.Id));
            return;
        }
        catch (Exception e) when (batch.Count == 1)
        {
            batch[0].Recorded.TrySetException(e);
            return;
        }
        catch (Exception)
        {
            // Each on its own below.
        }
        foreach (var w in batch) await WriteAsync([w]);
    }

    private sealed record Waiting(OutboxDelivery.SentMessage Message)
    {
        public TaskCompletionSource<bool> Recorded { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
