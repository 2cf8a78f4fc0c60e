using Pkkpm.Data.Monitoring;

namespace Pkkpm.Data.Tests.Monitoring;

/// <summary>
/// A page's other lane and its list's members and money take turns: one read at a time, so that the
/// page never has more than two readers busy at once and its loan book keeps a core to itself.
/// </summary>
public class ReadingLaneTests
{
    [Fact]
    public async Task A_read_waits_for_the_one_before_it_to_end_and_a_failed_read_gives_its_turn_back()
    {
        var lane = new ReadingLane();
        var firstMayEnd = new TaskCompletionSource();
        var secondStarted = false;

        var first = lane.RunAsync(async () => { await firstMayEnd.Task; return 1; });
        var second = Task.Run(() => lane.RunAsync(() => { secondStarted = true; return Task.FromResult(2); }));
        await Task.Delay(100);
        Assert.False(secondStarted);

        firstMayEnd.SetResult();
        Assert.Equal(1, await first);
        Assert.Equal(2, await second);
        Assert.True(secondStarted);

        await Assert.ThrowsAsync<InvalidOperationException>(() => lane.RunAsync<int>(() => throw new InvalidOperationException("the read failed")));
        Assert.Equal(3, await lane.RunAsync(() => Task.FromResult(3)).WaitAsync(TimeSpan.FromSeconds(5)));
    }
}
