using System.Data.Common;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Pkkpm.Data;

namespace Pkkpm.Bot.Tests.Infrastructure;

/// <summary>
/// The real database, counting the reads and writes made while answering an HTTP request, so a
/// test can prove "this request touched no data". The background workers (outbox polls, the weekly
/// tip job) use the database whenever they like; they are not counted, or such a test would race them.
/// </summary>
internal sealed class CountingDatabase(IDatabase inner) : IDatabase, IAsyncDisposable
{
    // Set by RequestMarker for the duration of each request; it flows with the request's awaits only.
    private static readonly AsyncLocal<bool> InRequest = new();

    private int _requestAccesses;

    /// <summary>Reads and writes made by HTTP requests since the service started.</summary>
    public int RequestAccesses => Volatile.Read(ref _requestAccesses);

    public IDatabase Inner => inner;

    public string Provider => inner.Provider;

    public Task<T> ReadAsync<T>(Func<DbConnection, Task<T>> read, CancellationToken cancellationToken = default)
    {
        Count();
        return inner.ReadAsync(read, cancellationToken);
    }

    public async Task<T> WriteAsync<T>(Func<DbConnection, DbTransaction, Task<T>> work, CancellationToken cancellationToken = default)
    {
        Count();
        if (InRequest.Value && Interlocked.Exchange(ref _beforeNextRequestWrite, null) is { } interlude) await interlude();
        if (!InRequest.Value && BeforeBackgroundWrite is { } before) await before();
        return await inner.WriteAsync(work, cancellationToken);
    }

    public async Task<T> WriteInBackgroundAsync<T>(Func<DbConnection, DbTransaction, Task<T>> work, CancellationToken cancellationToken = default)
    {
        Count();
        if (!InRequest.Value && BeforeBackgroundWrite is { } before) await before();
        return await inner.WriteInBackgroundAsync(work, cancellationToken);
    }

    public async Task<T> ImportAsync<T>(Func<DbConnection, DbTransaction, Task<T>> work, CancellationToken cancellationToken = default, ImportFileUse fileUse = ImportFileUse.Shared)
    {
        Count();
        if (!InRequest.Value && BeforeBackgroundWrite is { } before) await before();
        return await inner.ImportAsync(work, cancellationToken, fileUse);
    }

    private Func<Task>? _beforeNextRequestWrite;

    /// <summary>
    /// Runs <paramref name="interlude"/> (once) when the next request is about to write: after its
    /// turn was decided on what it read, before its commit. Whatever the interlude commits lands in
    /// between, as another instance or another turn could.
    /// </summary>
    public void BeforeNextRequestWrite(Func<Task> interlude) => _beforeNextRequestWrite = interlude;

    /// <summary>
    /// Runs before every write of a background worker (the fan-out, the sender, scheduled jobs): a
    /// test holds one back, or makes it fail, to see the service between two of them.
    /// </summary>
    public Func<Task>? BeforeBackgroundWrite { get; set; }

    public ValueTask DisposeAsync() => inner is IAsyncDisposable d ? d.DisposeAsync() : ValueTask.CompletedTask;

    private void Count()
    {
        if (InRequest.Value) Interlocked.Increment(ref _requestAccesses);
    }

    /// <summary>Marks everything a request does, first in the pipeline, before the signature check.</summary>
    public sealed class RequestMarker : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use(async (context, nextMiddleware) =>
            {
                InRequest.Value = true;
                await nextMiddleware(context);
            });
            next(app);
        };
    }
}
