using Microsoft.Extensions.Options;
using Pkkpm.Conversations.Engine;
using Pkkpm.Conversations.Turns;
using Pkkpm.Data;
using Pkkpm.Data.Stores;

namespace Pkkpm.Bot.Messages;

/// <summary>
/// One inbound message, one transaction: a MessageSid seen before gets its first answer again;
/// otherwise the person's conversation decides, and the message, its replies, its effects and the
/// conversation's next state are committed together before anyone is answered.
/// </summary>
public sealed class MessageTurns(IDatabase database, ConversationEngine engine, TimeProvider clock, ILogger<MessageTurns> logger)
{
    public Task<IReadOnlyList<string>> HandleAsync(InboundMessage message, CancellationToken cancellationToken) =>
        database.WriteAsync(async (connection, transaction) =>
        {
            var earlier = await InboundMessages.FindRepliesAsync(connection, transaction, message.MessageSid);
            if (earlier is not null)
            {
                logger.LogInformation("Repeated delivery of {Message}: answered as before", ConversationEngine.Describe(message));
                return earlier;
            }

            // The message is recorded first: everything the turn records points back to it.
            await InboundMessages.RecordAsync(connection, transaction, message);
            var state = await ConversationStates.LoadAsync(connection, transaction, message.FromPhone, message.Channel);
            var turn = await engine.HandleAsync(message, state, new ConversationData(connection, transaction, message), cancellationToken);

            await InboundMessages.SaveRepliesAsync(connection, transaction, message.MessageSid, turn.Replies);
            foreach (var effect in turn.Effects)
            {
                switch (effect)
                {
                    case QueueOutbound outbound:
                        await Outbox.QueueAsync(connection, transaction, outbound, message.MessageSid, clock.GetUtcNow());
                        break;
                    default:
                        throw new InvalidOperationException($"No store applies {effect.GetType().Name}.");
                }
            }
            await ConversationStates.SaveAsync(connection, transaction, message.FromPhone, message.Channel, turn.NextState, clock.GetUtcNow());

            logger.LogInformation("Handled {Message}: {Replies} reply(ies), {Effects} effect(s)",
                ConversationEngine.Describe(message), turn.Replies.Count, turn.Effects.Count);
            return turn.Replies;
        }, cancellationToken);
}

public static class MessageTurnsSetup
{
    /// <summary>Conversations__PendingLifetime (e.g. 00:30:00) and Conversations__MaxAmountPerEntry.</summary>
    public static IServiceCollection AddMessageTurns(this IServiceCollection services)
    {
        services.AddOptions<ConversationOptions>()
            .BindConfiguration("Conversations")
            .Validate(o => o.PendingLifetime > TimeSpan.Zero && o.MaxAmountPerEntry > 0,
                "Conversations__PendingLifetime and Conversations__MaxAmountPerEntry must be positive.")
            .ValidateOnStart();
        return services
            .AddSingleton(sp => new ConversationEngine(sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<IOptions<ConversationOptions>>().Value))
            .AddSingleton<MessageTurns>();
    }
}
