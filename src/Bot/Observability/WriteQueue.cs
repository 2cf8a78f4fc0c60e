namespace Pkkpm.Bot.Observability;

/// <summary>
/// Writes waiting for the database or running in it. On SQLite every write waits its turn at the
/// single writer, so a depth that keeps growing means turns arrive faster than they commit.
/// </summary>
public sealed class WriteQueue
{
    private long _depth;

    public long Depth => Interlocked.Read(ref _depth);

    public void Entered() => Interlocked.Increment(ref _depth);

    public void Left() => Interlocked.Decrement(ref _depth);
}
