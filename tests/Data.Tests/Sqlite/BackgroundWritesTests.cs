using System.Collections.Concurrent;
using Pkkpm.Data.Sqlite;
using Pkkpm.Data.Tests.Infrastructure;

namespace Pkkpm.Data.Tests.Sqlite;

/// <summary>
/// SQLite's single writer runs background work (a broadcast's next batch of outbox rows) when no
/// turn is waiting: a turn queued behind several batches waits for one at most, and batches still
/// run while turns keep coming.
/// </summary>
public class BackgroundWritesTests
{
    [Fact]
    public async Task A_turn_queued_behind_background_batches_waits_for_one_at_most()
    {
        await using var db = await TestDatabase.CreateAsync();
        var order = new ConcurrentQueue<string>();
        var holding = new TaskCompletionSource();
        var release = new TaskCompletionSource();

        // The writer is busy with one unit while three batches and then a turn queue up.
        var busy = db.Database.WriteAsync(async (_, _) => { holding.SetResult(); await release.Task; return 0; });
        await holding.Task;
        var batches = Enumerable.Range(1, 3)
            .Select(i => db.Database.WriteInBackgroundAsync((_, _) => { order.Enqueue($"batch {i}"); return Task.FromResult(i); }))
            .ToList();
        await Task.Delay(50); // the batches are in the writer's queue before the turn
        var turn = db.Database.WriteAsync((_, _) => { order.Enqueue("turn"); return Task.FromResult(0); });
        release.SetResult();
        await Task.WhenAll([busy, turn, .. batches]);

        var seen = order.ToList();
        Assert.Equal(4, seen.Count);
        Assert.True(seen.IndexOf("turn") <= 1, $"the turn waited for more than one batch: {string.Join(", ", seen)}");
        Assert.Equal(["batch 1", "batch 2", "batch 3"], seen.Where(s => s != "turn"));
    }

    [Fact]
    public async Task A_batch_runs_before_a_long_line_of_turns_has_passed()
    {
        await using var db = await TestDatabase.CreateAsync();
        var order = new ConcurrentQueue<string>();
        var holding = new TaskCompletionSource();
        var release = new TaskCompletionSource();

        // A batch, then 300 turns (five commits' worth), queue behind a unit that holds the writer
        // for longer than a batch may be kept waiting.
        var busy = db.Database.WriteAsync(async (_, _) => { holding.SetResult(); await release.Task; return 0; });
        await holding.Task;
        var batch = db.Database.WriteInBackgroundAsync((_, _) => { order.Enqueue("batch"); return Task.FromResult(1); });
        await Task.Delay(20);
        var turns = Enumerable.Range(0, 300)
            .Select(i => db.Database.WriteAsync((_, _) => { order.Enqueue("turn"); return Task.FromResult(i); }))
            .ToList();
        await Task.Delay(SingleWriter.BackgroundAtLeastEvery * 1.5);
        release.SetResult();
        await Task.WhenAll([busy, batch, .. turns]);

        var seen = order.ToList();
        Assert.Equal(301, seen.Count);
        Assert.True(seen.IndexOf("batch") < 300, "the batch waited for every turn although it was overdue");
    }
}
