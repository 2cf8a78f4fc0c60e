using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace Pkkpm.Data.Sqlite;

/// <summary>
/// SQLite in WAL mode: readers never wait for the writer, and all writes go through one
/// <see cref="SingleWriter"/>, because contended writers in Microsoft.Data.Sqlite retry with 150 ms
/// sleeps and give multi-second tails. synchronous=FULL: a committed rupiah survives a power cut.
/// Every connection lives as long as the database and keeps its statements compiled
/// (<see cref="StatementCachingConnection"/>): a few readers, taken in turn, and the writer's one.
/// While a large import command asks for the file (<see cref="ImportRequest"/>), all of them are
/// closed and every read and write is refused as busy, which the service answers with 503.
/// </summary>
public sealed class SqliteDatabase : IDatabase, IAsyncDisposable
{
    private readonly string _connectionString;
    private readonly SingleWriter _writer;
    private readonly CancellationTokenSource _disposing = new();
    private readonly Task _watching;
    private volatile bool _standsAside;

    /// <summary>The file's full name as SQLite resolves it, as the import's request is named (empty in memory).</summary>
    private volatile string? _file;

    public SqliteDatabase(string connectionString)
    {
        DapperTypes.Register();
        var settings = new SqliteConnectionStringBuilder(connectionString)
        {
            ForeignKeys = true,
            // The connections are kept here (readers, writer); one closed here must be closed, not
            // pooled, for an import to find the file free.
            Pooling = false,
        };
        _connectionString = settings.ToString();
        _writer = new SingleWriter(OpenWriterAsync, () => _standsAside);
        _watching = WatchForImportRequestsAsync(_disposing.Token);
    }

    /// <summary>What every read and write gets while an import command has the file: SQLite's "busy" (503 with Retry-After in the service).</summary>
    internal static SqliteException StoodAside() =>
        new("An import command has the database file until its commit: nothing is read or written here meanwhile.", SQLitePCL.raw.SQLITE_BUSY);

    private async Task WatchForImportRequestsAsync(CancellationToken disposing)
    {
        using var timer = new PeriodicTimer(ImportRequest.LookEvery);
        try
        {
            while (await timer.WaitForNextTickAsync(disposing))
            {
                var asked = !_writer.IsAsking && _file is { Length: > 0 } file && ImportRequest.IsMade(file);
                var seenNow = asked && !_standsAside;
                _standsAside = asked;
                if (!asked) continue;
                // At every look while asked: a reader given back just as the request was seen is closed too.
                while (_idleReaders.TryTake(out var reader)) reader.Dispose();
                // Not waited for: a long write of this service's own (a console upload) finishes first, and
                // the looks go on meanwhile, so a request withdrawn meanwhile is seen.
                if (seenNow) _ = _writer.LetGoAsync();
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    public string Provider => DatabaseOptions.Sqlite;

    // Reads are CPU work on this machine's cores: more of them at once than cores only adds open
    // connections, each with its own page cache (about 2 MB), and 256 turns deciding at once
    // would hold 256 of them. Callers beyond it wait their turn (or their deadline).
    private readonly SemaphoreSlim _readers = new(Math.Max(2, Environment.ProcessorCount * 2));

    /// <summary>Reader connections not in use; never more than the semaphore lets in at once.</summary>
    private readonly ConcurrentBag<StatementCachingConnection> _idleReaders = [];

    public async Task<T> ReadAsync<T>(Func<DbConnection, Task<T>> read, CancellationToken cancellationToken = default)
    {
        await _readers.WaitAsync(cancellationToken);
        StatementCachingConnection? connection = null;
        try
        {
            if (_standsAside) throw StoodAside();
            if (!_idleReaders.TryTake(out connection)) connection = new(await OpenAsync(cancellationToken));
            return await read(connection);
        }
        finally
        {
            if (connection is not null) Keep(connection);
            _readers.Release();
        }
    }

    private void Keep(StatementCachingConnection connection)
    {
        connection.EndLeftOpenTransaction();
        if (connection.State == System.Data.ConnectionState.Open && !_standsAside) _idleReaders.Add(connection);
        else connection.Dispose();
    }

    public Task<T> WriteAsync<T>(Func<DbConnection, DbTransaction, Task<T>> work, CancellationToken cancellationToken = default) =>
        _writer.RunAsync(work, cancellationToken);

    public Task<T> WriteInBackgroundAsync<T>(Func<DbConnection, DbTransaction, Task<T>> work, CancellationToken cancellationToken = default) =>
        _writer.RunInBackgroundAsync(work, cancellationToken);

    public Task<T> ImportAsync<T>(Func<DbConnection, DbTransaction, Task<T>> work, CancellationToken cancellationToken = default, ImportFileUse fileUse = ImportFileUse.Shared) =>
        _writer.RunImportAsync(work, fileUse, cancellationToken);

    private async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            _file ??= connection.DataSource;
            await using var pragmas = connection.CreateCommand();
            // journal_mode is stored in the file; the others hold per connection.
            pragmas.CommandText = "pragma journal_mode = wal; pragma synchronous = full; pragma busy_timeout = 5000;";
            await pragmas.ExecuteNonQueryAsync(cancellationToken);
            return connection;
        }
        catch
        {
            // A file another process holds (an import with it to itself): nothing of this one is kept open.
            await connection.DisposeAsync();
            throw;
        }
    }

    // The writer keeps more of the file in memory than a reader (16 MB against 2 MB): a busy day
    // updates index pages all over the file. Not more: it is the service's largest cache, filled by
    // the inbound and outbox rows of a busy hour, and 64 MB made the import of a million ledger lines
    // no faster than 16 MB while its peak memory was 75 MB higher (docs/performance.md).
    private async Task<StatementCachingConnection> OpenWriterAsync(CancellationToken cancellationToken)
    {
        var connection = await OpenAsync(cancellationToken);
        await using var pragma = connection.CreateCommand();
        // temp_store = memory: the statement journal every insert keeps (for a trigger or a
        // constraint to roll the statement back) stays in memory instead of a write() a page.
        pragma.CommandText = "pragma cache_size = -16384; pragma temp_store = memory"; // KiB: 16 MB
        await pragma.ExecuteNonQueryAsync(cancellationToken);
        return new(connection);
    }

    public async ValueTask DisposeAsync()
    {
        await _disposing.CancelAsync();
        await _watching;
        await _writer.DisposeAsync();
        while (_idleReaders.TryTake(out var reader)) await reader.DisposeAsync();
    }
}
