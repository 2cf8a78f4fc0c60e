namespace Pkkpm.Bot.Tests.Infrastructure;

/// <summary>Waiting for background work: moves the fake clock and checks again, for a few real seconds at most.</summary>
internal static class Eventually
{
    public static async Task<T> UntilAsync<T>(BotApplication app, Func<Task<T>> probe, Func<T, bool> done, TimeSpan? step = null)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (true)
        {
            var value = await probe();
            if (done(value) || DateTime.UtcNow > deadline) return value;
            app.Clock.Advance(step ?? TimeSpan.FromSeconds(30));
            await Task.Delay(50);
        }
    }
}
