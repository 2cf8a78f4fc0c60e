using System.Data.Common;
using System.Threading.Channels;
using Microsoft.Data.Sqlite;

namespace Pkkpm.Data.Sqlite;

/// <summary>
/// Runs write work one unit at a time on one connection. Units that queue up while a transaction
/// runs are committed together (group commit): each gets its own savepoint, so one unit failing
/// rolls back only itself, and no caller hears "done" before the commit that holds its work.
/// </summary>
internal sealed class SingleWriter : IAsyncDisposable
{
    private const int MaxUnitsPerCommit = 64;

    private readonly Func<CancellationToken, Task<SqliteConnection>> _open;
    private readonly Channel<IUnit> _queue = Channel.CreateUnbounded<IUnit>(new() { SingleReader = true });
    private readonly Task _loop;

    public SingleWriter(Func<CancellationToken, Task<SqliteConnection>> open)
    {
        _open = open;
        _loop = Task.Run(RunAsync);
    }

    public Task<T> RunAsync<T>(Func<DbConnection, DbTransaction, Task<T>> work, CancellationToken cancellationToken)
    {
        var unit = new Unit<T>(work, cancellationToken);
        if (!_queue.Writer.TryWrite(unit)) throw new ObjectDisposedException(nameof(SingleWriter));
        return unit.Result;
    }

    private async Task RunAsync()
    {
        SqliteConnection? connection = null;
        var batch = new List<IUnit>(MaxUnitsPerCommit);
        while (await _queue.Reader.WaitToReadAsync())
        {
            batch.Clear();
            while (batch.Count < MaxUnitsPerCommit && _queue.Reader.TryRead(out var unit))
                if (!unit.IsCancelled) batch.Add(unit);
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

    private static async Task CommitAsync(SqliteConnection connection, List<IUnit> batch)
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
        bool IsCancelled { get; }
        Task RunAsync(DbConnection connection, DbTransaction transaction);
        void Complete();
        void Fail(Exception error);
    }

    private sealed class Unit<T>(Func<DbConnection, DbTransaction, Task<T>> work, CancellationToken cancellationToken) : IUnit
    {
        private readonly TaskCompletionSource<T> _result = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private T? _value;

        public Task<T> Result => _result.Task;

        // A unit is only dropped before it starts; once running it finishes, so work is never half-done.
        public bool IsCancelled => cancellationToken.IsCancellationRequested && _result.TrySetCanceled(cancellationToken);

        public async Task RunAsync(DbConnection connection, DbTransaction transaction) =>
            _value = await work(connection, transaction);

        public void Complete() => _result.TrySetResult(_value!);

        public void Fail(Exception error) => _result.TrySetException(error);
    }
}
