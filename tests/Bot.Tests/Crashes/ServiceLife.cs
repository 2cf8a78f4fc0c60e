using System.Net;
using Pkkpm.Bot.Tests.Infrastructure;

namespace Pkkpm.Bot.Tests.Crashes;

/// <summary>
/// One life of the service: its process (<see cref="BotProcess"/>, killed with SIGKILL or stopped
/// at the end) and a client posting to it as Twilio does.
/// </summary>
internal sealed class ServiceLife(BotProcess process) : IAsyncDisposable
{
    private readonly HttpClient _client = new() { BaseAddress = process.Address, Timeout = TimeSpan.FromSeconds(30) };

    public BotProcess Process => process;

    /// <summary>Webhooks signed with <see cref="BotApplication.AuthToken"/>, as Twilio sends them.</summary>
    public TwilioSender Twilio => new(_client, BotApplication.AuthToken);

    /// <summary>What the service wrote to its console, line by line.</summary>
    public IReadOnlyList<string> Lines => process.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>Listening is not enough: /healthz says when the database is migrated and the seeds are in.</summary>
    public async Task WaitUntilHealthyAsync()
    {
        var within = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        while (true)
        {
            using (var response = await _client.GetAsync("/healthz"))
                if (response.StatusCode == HttpStatusCode.OK) return;
            if (DateTime.UtcNow > within) throw new TimeoutException($"The service was not healthy after 60 s:\n{process.Output}");
            await Task.Delay(100);
        }
    }

    public async ValueTask DisposeAsync()
    {
        _client.Dispose();
        await process.DisposeAsync();
    }
}
