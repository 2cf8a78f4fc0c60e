using Microsoft.Extensions.Options;
using Pkkpm.Bot.Observability;
using Pkkpm.Data;
using Pkkpm.Data.Stores;

namespace Pkkpm.Bot.Scheduling;

/// <summary>
/// Blanks message bodies older than Retention__MessageBodies, at start and then every
/// Retention__Interval, a batch per transaction until none is left (<see cref="MessageRetention"/>
/// says which bodies). A pass can stop anywhere and the next one goes on; several instances may
/// run it at once.
/// </summary>
internal sealed class MessageBodyRetention(IDatabase database, TimeProvider clock, IOptions<RetentionOptions> options, ILogger<MessageBodyRetention> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        if (settings.MessageBodies == TimeSpan.Zero) return;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var (inbound, outbound, questions) = await BlankOldBodiesAsync(settings, stoppingToken);
                if (inbound + outbound + questions > 0)
                    logger.LogInformation("Blanked the bodies of {Inbound} inbound and {Outbound} outbound message(s) and {Questions} question(s) or answer(s) older than {Age}",
                        inbound, outbound, questions, settings.MessageBodies);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogFailedPass(e, "Blanking old message bodies failed; trying again at the next pass");
            }
            await Task.Delay(settings.Interval, clock, stoppingToken);
        }
    }

    private async Task<(int Inbound, int Outbound, int Questions)> BlankOldBodiesAsync(RetentionOptions settings, CancellationToken stoppingToken)
    {
        var (inbound, outbound, questions) = (0, 0, 0);
        while (true)
        {
            var now = clock.GetUtcNow();
            var cutoff = now - settings.MessageBodies;
            var batchIn = await database.WriteAsync((c, t) => MessageRetention.BlankInboundAsync(c, t, cutoff, now, settings.BatchSize), stoppingToken);
            var batchOut = await database.WriteAsync((c, t) => MessageRetention.BlankOutboxAsync(c, t, cutoff, now, settings.BatchSize), stoppingToken);
            // Questions and answers keep members' words too: the same rule, the same period.
            var batchQuestions = await database.WriteAsync((c, t) => MessageRetention.BlankQuestionsAsync(c, t, cutoff, now, settings.BatchSize), stoppingToken);
            (inbound, outbound, questions) = (inbound + batchIn, outbound + batchOut, questions + batchQuestions);
            if (batchIn < settings.BatchSize && batchOut < settings.BatchSize && batchQuestions < settings.BatchSize)
                return (inbound, outbound, questions);
        }
    }
}
