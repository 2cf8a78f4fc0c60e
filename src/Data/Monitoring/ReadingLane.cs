namespace Pkkpm.Data.Monitoring;

/// <summary>
/// Reads that take turns: one at a time. A page reads its loan book on one
/// lane and everything else on this one, so that on a machine of two cores the book, its longest
/// read, has a core to itself instead of sharing two with three readers at once.
/// </summary>
public sealed class ReadingLane
{
    // Never disposed: without its wait handle a SemaphoreSlim holds nothing to free, and a read
    // left running after its page failed may still give its turn back.
    private readonly SemaphoreSlim _turn = new(1, 1);

    public async Task<T> RunAsync<T>(Func<Task<T>> read, CancellationToken cancellationToken = default)
    {
        await _turn.WaitAsync(cancellationToken);
        try
        {
            return await read();
        }
        finally
        {
            _turn.Release();
        }
    }
}
