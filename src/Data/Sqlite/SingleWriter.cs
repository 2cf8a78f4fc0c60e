using System.Data.Common;
using System.Threading.Channels;

namespace Pkkpm.Data.Sqlite;

/// <summary>
/// Runs write work one unit at a time on one connection. Units that queue up while a transaction
/// runs are committed together (group commit): each gets its own savepoint, so one unit failing
/// rolls back only itself, and no caller hears "done" before the commit that holds its work.
/// </summary>
internal sealed class SingleWriter : IAsyncDisposable
{
    private const int MaxUnitsPerCommit = 64;

    /// <summary>Units waiting at most; a caller past it waits (until its deadline) rather than grow the queue.</summary>
    private const int MaxQueued = 1024;

    private readonly Func<CancellationToken, Task<StatementCachingConnection>> _open;
    private readonly Channel<IUnit> _queue = Channel.CreateBounded<IUnit>(
        new BoundedChannelOptions(MaxQueued) { SingleReader = true, FullMode = BoundedChannelFullMode.Wait });
    private readonly Task _loop;

    public SingleWriter(Func<CancellationToken, Task<StatementCachingConnection>> open)
    {
        _open = open;
        _loop = Task.Run(RunAsync);
    }

    public async Task<T> RunAsync<T>(Func<DbConnection, DbTransaction, Task<T>> work, CancellationToken cancellationToken)
    {
        var unit = new Unit<T>(work, cancellationToken);
        try
        {
            await _queue.Writer.WriteAsync(unit, cancellationToken);
        }
        catch (ChannelClosedException)
        {
            throw new ObjectDisposedException(nameof(SingleWriter));
        }
        return await unit.Result;
    }

    private async Task RunAsync()
    {
        StatementCachingConnection? connection = null;
        var batch = new List<IUnit>(MaxUnitsPerCommit);
        while (await _queue.Reader.WaitToReadAsync())
        {
            batch.Clear();
            while (batch.Count < MaxUnitsPerCommit && _queue.Reader.TryRead(out var unit))
                if (unit.TryStart()) batch.Add(unit);
            if (batch.Count == 0) continue;

            try
            {
                connection ??= await _open(CancellationToken.None);
                await CommitAsync(connection, batch);
            }
            catch (Exception e)
            {
                // The connection may be broken: open a fresh one for the next batch.
                foreach (var unit in batch) unit.Fail(e);
                if (connection is not null) await connection.DisposeAsync();
                connection = null;
            }
        }
        if (connection is not null) await connection.DisposeAsync();
    }

    private static async Task CommitAsync(StatementCachingConnection connection, List<IUnit> batch)
    {
        await using var transaction = await connection.BeginTransactionAsync();
        var done = new List<IUnit>(batch.Count);
        for (var i = 0; i < batch.Count; i++)
        {
            var savepoint = $"unit{i}";
            await transaction.SaveAsync(savepoint);
            try
            {
                await batch[i].RunAsync(connection, transaction);
                await transaction.ReleaseAsync(savepoint);
                done.Add(batch[i]);
            }
            catch (Exception e)
            {
                await transaction.RollbackAsync(savepoint);
                batch[i].Fail(e);
            }
        }
        await transaction.CommitAsync();
        foreach (var unit in done) unit.Complete();
    }

    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        await _loop;
    }

    private interface IUnit
    {
        /// <summary>False when the caller gave up before the writer got to it: then it is dropped.</summary>
        bool TryStart();
        Task RunAsync(DbConnection connection, DbTransaction transaction);
        void Complete();
        void Fail(Exception error);
    }

    private sealed class Unit<T> : IUnit
    {
        private const int Queued = 0, Started = 1, Cancelled = 2;

        private readonly Func<DbConnection, DbTransaction, Task<T>> _work;
        private readonly TaskCompletionSource<T> _result = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly CancellationTokenRegistration _cancellation;
        private int _state = Queued;
        private T? _value;

        public Unit(Func<DbConnection, DbTransaction, Task<T>> work, CancellationToken cancellationToken)
        {
            _work = work;
            // The caller hears "cancelled" as soon as its token fires, not when the writer gets to
            // the unit: a caller with a deadline does not wait out a busy writer.
            _cancellation = cancellationToken.Register(() =>
            {
                if (Interlocked.CompareExchange(ref _state, Cancelled, Queued) == Queued) _result.TrySetCanceled(cancellationToken);
            });
        }

        public Task<T> Result => _result.Task;

        // A unit is only dropped before it starts; once running it finishes, so work is never half-done.
        public bool TryStart() => Interlocked.CompareExchange(ref _state, Started, Queued) == Queued;

        public async Task RunAsync(DbConnection connection, DbTransaction transaction) =>
            _value = await _work(connection, transaction);

        public void Complete()
        {
            _cancellation.Dispose();
            _result.TrySetResult(_value!);
        }

        public void Fail(Exception error)
        {
            _cancellation.Dispose();
            _result.TrySetException(error);
        }
    }
}
