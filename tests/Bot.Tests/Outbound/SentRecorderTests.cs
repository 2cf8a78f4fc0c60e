using System.Data.Common;
using Microsoft.Extensions.DependencyInjection;
using Pkkpm.Bot.Outbound;
using Pkkpm.Bot.Tests.Infrastructure;
using Pkkpm.Data;
using Pkkpm.Data.Stores;

namespace Pkkpm.Bot.Tests.Outbound;

/// <summary>Messages Twilio took are recorded together: one write for all that arrived while the last one ran.</summary>
public class SentRecorderTests
{
    [Fact]
    public async Task Messages_sent_while_a_write_runs_are_recorded_together_in_the_next()
    {
        await using var app = new BotApplication(settings: new() { ["Outbound:Enabled"] = "false" });
        var ids = await QueueAsync(app, 10);
        var database = new HeldDatabase(app.Services.GetRequiredService<IDatabase>());
        var recorder = new SentRecorder(database, TimeProvider.System);

        var first = recorder.RecordAsync(new(ids[0], "SM0", "sms"));
        var rest = ids.Skip(1).Select(id => recorder.RecordAsync(new(id, $"SM{id}", "sms"))).ToList();
        database.Release();

        Assert.All(await Task.WhenAll([first, .. rest]), Assert.True);
        Assert.Equal(2, database.Writes);
        Assert.Equal(10, await app.CountAsync("status = 'sent' and twilio_sid is not null"));
    }

    [Fact]
    public async Task A_row_that_cannot_be_recorded_costs_the_others_of_its_write_nothing()
    {
        await using var app = new BotApplication(settings: new() { ["Outbound:Enabled"] = "false" });
        var ids = await QueueAsync(app, 4);
        var database = new HeldDatabase(app.Services.GetRequiredService<IDatabase>());
        var recorder = new SentRecorder(database, TimeProvider.System);

        var first = recorder.RecordAsync(new(ids[0], "SMsame", "sms"));
        var sameSid = recorder.RecordAsync(new(ids[1], "SMsame", "sms")); // a sid is recorded once (unique index)
        var others = ids.Skip(2).Select(id => recorder.RecordAsync(new(id, $"SM{id}", "sms"))).ToList();
        database.Release();

        Assert.True(await first);
        Assert.All(await Task.WhenAll(others), Assert.True);
        await Assert.ThrowsAnyAsync<DbException>(() => sameSid);
        Assert.Equal(3, await app.CountAsync("status = 'sent'"));
    }

    private static async Task<List<long>> QueueAsync(BotApplication app, int count)
    {
        var ids = new List<long>();
        for (var i = 0; i < count; i++) ids.Add(await app.QueueAsync($"+62813{i:D8}", $"Siaran {i}"));
        return ids;
    }

    /// <summary>The real database; its first write waits for <see cref="Release"/>, and writes are counted.</summary>
    private sealed class HeldDatabase(IDatabase inner) : IDatabase
    {
        private readonly TaskCompletionSource _released = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private int _writes;

        public int Writes => Volatile.Read(ref _writes);

        public string Provider => inner.Provider;

        public void Release() => _released.SetResult();

        public Task<T> ReadAsync<T>(Func<DbConnection, Task<T>> read, CancellationToken cancellationToken = default) =>
            inner.ReadAsync(read, cancellationToken);

        public async Task<T> WriteAsync<T>(Func<DbConnection, DbTransaction, Task<T>> work, CancellationToken cancellationToken = default)
        {
            if (Interlocked.Increment(ref _writes) == 1) await _released.Task;
            return await inner.WriteAsync(work, cancellationToken);
        }
    }
}
