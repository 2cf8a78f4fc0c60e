using System.Data.Common;
using Pkkpm.Data;

namespace Pkkpm.Bot.Observability;

/// <summary>The database, with each write counted in <see cref="WriteQueue"/> from its call to its commit.</summary>
internal sealed class MeasuredDatabase(IDatabase inner, WriteQueue queue) : IDatabase, IAsyncDisposable
{
    public string Provider => inner.Provider;

    public Task<T> ReadAsync<T>(Func<DbConnection, Task<T>> read, CancellationToken cancellationToken = default) =>
        inner.ReadAsync(read, cancellationToken);

    public Task<T> WriteAsync<T>(Func<DbConnection, DbTransaction, Task<T>> work, CancellationToken cancellationToken = default) =>
        CountedAsync(() => inner.WriteAsync(work, cancellationToken));

    public Task<T> WriteInBackgroundAsync<T>(Func<DbConnection, DbTransaction, Task<T>> work, CancellationToken cancellationToken = default) =>
        CountedAsync(() => inner.WriteInBackgroundAsync(work, cancellationToken));

    public Task<T> ImportAsync<T>(Func<DbConnection, DbTransaction, Task<T>> work, CancellationToken cancellationToken = default, ImportFileUse fileUse = ImportFileUse.Shared) =>
        CountedAsync(() => inner.ImportAsync(work, cancellationToken, fileUse));

    private async Task<T> CountedAsync<T>(Func<Task<T>> write)
    {
        queue.Entered();
        try
        {
            return await write();
        }
        finally
        {
            queue.Left();
        }
    }

    public ValueTask DisposeAsync() => inner is IAsyncDisposable disposable ? disposable.DisposeAsync() : ValueTask.CompletedTask;
}
