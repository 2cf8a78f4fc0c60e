using System.Data.Common;
using Pkkpm.Data;

namespace Pkkpm.Bot.Observability;

/// <summary>The database, with each write counted in <see cref="WriteQueue"/> from its call to its commit.</summary>
internal sealed class MeasuredDatabase(IDatabase inner, WriteQueue queue) : IDatabase, IAsyncDisposable
{
    public string Provider => inner.Provider;

    public Task<T> ReadAsync<T>(Func<DbConnection, Task<T>> read, CancellationToken cancellationToken = default) =>
        inner.ReadAsync(read, cancellationToken);

    public async Task<T> WriteAsync<T>(Func<DbConnection, DbTransaction, Task<T>> work, CancellationToken cancellationToken = default)
    {
        queue.Entered();
        try
        {
            return await inner.WriteAsync(work, cancellationToken);
        }
        finally
        {
            queue.Left();
        }
    }

    public async Task<T> WriteInBackgroundAsync<T>(Func<DbConnection, DbTransaction, Task<T>> work, CancellationToken cancellationToken = default)
    {
        queue.Entered();
        try
        {
            return await inner.WriteInBackgroundAsync(work, cancellationToken);
        }
        finally
        {
            queue.Left();
        }
    }

    public async Task<T> ImportAsync<T>(Func<DbConnection, DbTransaction, Task<T>> work, CancellationToken cancellationToken = default)
    {
        queue.Entered();
        try
        {
            return await inner.ImportAsync(work, cancellationToken);
        }
        finally
        {
            queue.Left();
        }
    }

    public ValueTask DisposeAsync() => inner is IAsyncDisposable disposable ? disposable.DisposeAsync() : ValueTask.CompletedTask;
}
