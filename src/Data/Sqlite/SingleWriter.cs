using System.Data.Common;
using System.Threading.Channels;

namespace Pkkpm.Data.Sqlite;

/// <summary>
/// Runs write work one unit at a time on one connection. Units that queue up while a transaction
/// runs are committed together (group commit): each gets its own savepoint, so one unit failing
/// rolls back only itself, and no caller hears "done" before the commit that holds its work.
/// Background units (a broadcast's next batch) wait in a lane of their own: they run alone, in a
/// commit of their own, when no turn is waiting, or at the latest <see cref="BackgroundAtLeastEvery"/>
/// after the last one, so a turn never waits behind more than one of them and they are never starved.
/// </summary>
internal sealed class SingleWriter : IAsyncDisposable
{
    private const int MaxUnitsPerCommit = 64;

    /// <summary>Units waiting at most; a caller past it waits (until its deadline) rather than grow the queue.</summary>
    private const int MaxQueued = 1024;

    private readonly Func<CancellationToken, Task<StatementCachingConnection>> _open;
    private readonly Func<bool> _standsAside;
    private readonly Channel<IUnit> _queue = Channel.CreateBounded<IUnit>(
        new BoundedChannelOptions(MaxQueued) { SingleReader = true, FullMode = BoundedChannelFullMode.Wait });
    private readonly Channel<IUnit> _background = Channel.CreateBounded<IUnit>(
        new BoundedChannelOptions(MaxQueued) { SingleReader = true, FullMode = BoundedChannelFullMode.Wait });
    private readonly Task _loop;

    /// <summary>Under a steady stream of turns, one background unit at least this often.</summary>
    internal static readonly TimeSpan BackgroundAtLeastEvery = TimeSpan.FromMilliseconds(100);

    /// <param name="standsAside">True while an import command has asked for the file (<see cref="ImportRequest"/>):
    /// the writer then closes its connection and refuses units as busy.</param>
    public SingleWriter(Func<CancellationToken, Task<StatementCachingConnection>> open, Func<bool> standsAside)
    {
        _open = open;
        _standsAside = standsAside;
        _loop = Task.Run(RunAsync);
    }

    public Task<T> RunAsync<T>(Func<DbConnection, DbTransaction, Task<T>> work, CancellationToken cancellationToken) =>
        EnqueueAsync(_queue, work, cancellationToken);

    /// <summary>Work nobody is waiting to be answered: it gives way to turns (see the class summary).</summary>
    public Task<T> RunInBackgroundAsync<T>(Func<DbConnection, DbTransaction, Task<T>> work, CancellationToken cancellationToken) =>
        EnqueueAsync(_background, work, cancellationToken);

    /// <summary>
    /// An import: in the background lane, so alone in its commit, and with SQLite's foreign-key
    /// checks off for it (see <see cref="IDatabase.ImportAsync{T}"/>); they are on again for the next
    /// commit. <paramref name="fileUse"/> says whether it may take the file to itself (<see cref="FileAlone"/>).
    /// </summary>
    public Task<T> RunImportAsync<T>(Func<DbConnection, DbTransaction, Task<T>> work, ImportFileUse fileUse, CancellationToken cancellationToken) =>
        EnqueueAsync(_background, work, cancellationToken, checksOwnReferences: true, fileUse);

    /// <summary>True while this writer's import asks a service for the file: its own database must not stand aside for it.</summary>
    public bool IsAsking => _asking;

    private volatile bool _asking;

    /// <summary>Wakes the writer, so that one standing aside closes its connection now rather than at its next unit.</summary>
    public async Task LetGoAsync()
    {
        try
        {
            await RunAsync(static (_, _) => Task.FromResult(0), CancellationToken.None);
        }
        catch (Exception e) when (DatabaseUnavailable.Is(e) || e is ObjectDisposedException)
        {
            // Refused as busy: the writer stands aside, as asked (or it has been disposed meanwhile).
        }
    }

    private static async Task<T> EnqueueAsync<T>(Channel<IUnit> lane, Func<DbConnection, DbTransaction, Task<T>> work, CancellationToken cancellationToken,
        bool checksOwnReferences = false, ImportFileUse fileUse = ImportFileUse.Shared)
    {
        var unit = new Unit<T>(work, cancellationToken, checksOwnReferences, fileUse);
        try
        {
            await lane.Writer.WriteAsync(unit, cancellationToken);
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
        var lastBackground = Environment.TickCount64;
        while (await WaitForWorkAsync())
        {
            batch.Clear();
            var backgroundDue = Environment.TickCount64 - lastBackground >= BackgroundAtLeastEvery.TotalMilliseconds;
            if ((backgroundDue || !_queue.Reader.TryPeek(out _)) && _background.Reader.TryRead(out var background))
            {
                // Alone in its commit: no turn waits for a background unit's commit to be its own.
                if (background.TryStart()) batch.Add(background);
                lastBackground = Environment.TickCount64;
            }
            else
            {
                while (batch.Count < MaxUnitsPerCommit && _queue.Reader.TryRead(out var unit))
                    if (unit.TryStart()) batch.Add(unit);
            }
            if (batch.Count == 0) continue;

            if (_standsAside())
            {
                // An import command has the file, or is about to: nothing of this batch was written.
                foreach (var unit in batch) unit.Fail(SqliteDatabase.StoodAside());
                if (connection is not null) await connection.DisposeAsync();
                connection = null;
                continue;
            }

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

    /// <summary>False once both lanes are closed and empty (disposal).</summary>
    private async Task<bool> WaitForWorkAsync()
    {
        if (_queue.Reader.TryPeek(out _) || _background.Reader.TryPeek(out _)) return true;
        var turns = _queue.Reader.WaitToReadAsync().AsTask();
        var background = _background.Reader.WaitToReadAsync().AsTask();
        if (await await Task.WhenAny(turns, background)) return true;
        // One lane is closed (both close together at disposal): what the other still holds runs first.
        return await turns || await background;
    }

    private async Task CommitAsync(StatementCachingConnection connection, List<IUnit> batch)
    {
        // Only a unit alone can go without the checks: turns committed with it must not.
        var checksOff = batch is [{ ChecksOwnReferences: true }];
        // The pragmas do nothing inside a transaction: they are set before and after.
        if (checksOff) await SetForeignKeysAsync(connection, on: false);
        var fileUse = batch is [{ FileUse: var use }] ? use : ImportFileUse.Shared;
        _asking = fileUse == ImportFileUse.AloneAskingTheService;
        FileAlone? alone = null;
        try
        {
            alone = await FileAlone.TakeAsync(connection.Inner, fileUse);
            await CommitInOneTransactionAsync(connection, batch);
        }
        finally
        {
            // Should this fail, the caller opens a fresh connection, whose checks are on and which shares the file again.
            if (checksOff) await SetForeignKeysAsync(connection, on: true);
            if (alone is not null) await alone.GiveBackAsync();
            _asking = false;
        }
    }

    private static async Task SetForeignKeysAsync(StatementCachingConnection connection, bool on)
    {
        await using var pragma = connection.Inner.CreateCommand();
        pragma.CommandText = on ? "pragma foreign_keys = on" : "pragma foreign_keys = off";
        await pragma.ExecuteNonQueryAsync();
    }

    private static async Task CommitInOneTransactionAsync(StatementCachingConnection connection, List<IUnit> batch)
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
        _background.Writer.TryComplete();
        await _loop;
    }

    private interface IUnit
    {
        /// <summary>False when the caller gave up before the writer got to it: then it is dropped.</summary>
        bool TryStart();
        /// <summary>An import, which makes every reference from rows it has read or written.</summary>
        bool ChecksOwnReferences { get; }
        /// <summary>Whether an import may take the file to itself (<see cref="FileAlone"/>).</summary>
        ImportFileUse FileUse { get; }
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

        public Unit(Func<DbConnection, DbTransaction, Task<T>> work, CancellationToken cancellationToken, bool checksOwnReferences, ImportFileUse fileUse)
        {
            _work = work;
            ChecksOwnReferences = checksOwnReferences;
            FileUse = fileUse;
            // The caller hears "cancelled" as soon as its token fires, not when the writer gets to
            // the unit: a caller with a deadline does not wait out a busy writer.
            _cancellation = cancellationToken.Register(() =>
            {
                if (Interlocked.CompareExchange(ref _state, Cancelled, Queued) == Queued) _result.TrySetCanceled(cancellationToken);
            });
        }

        public Task<T> Result => _result.Task;

        public bool ChecksOwnReferences { get; }

        public ImportFileUse FileUse { get; }

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
