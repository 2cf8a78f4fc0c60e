using System.Data.Common;
using Pkkpm.Data;

namespace Pkkpm.Bot.Tests.Infrastructure;

/// <summary>The real database, counting every read and write, so a test can prove "no access".</summary>
internal sealed class CountingDatabase(IDatabase inner) : IDatabase, IAsyncDisposable
{
    private int _accesses;

    public int Accesses => Volatile.Read(ref _accesses);

    public IDatabase Inner => inner;

    public string Provider => inner.Provider;

    public Task<T> ReadAsync<T>(Func<DbConnection, Task<T>> read, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _accesses);
        return inner.ReadAsync(read, cancellationToken);
    }

    public Task<T> WriteAsync<T>(Func<DbConnection, DbTransaction, Task<T>> work, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _accesses);
        return inner.WriteAsync(work, cancellationToken);
    }

    public ValueTask DisposeAsync() => inner is IAsyncDisposable d ? d.DisposeAsync() : ValueTask.CompletedTask;
}
