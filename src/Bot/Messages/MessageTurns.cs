using System.Data.Common;
using Microsoft.Extensions.Options;
using Pkkpm.Bot.Broadcasts;
using Pkkpm.Bot.Floods;
using Pkkpm.Bot.Observability;
using Pkkpm.Conversations.Engine;
using Pkkpm.Conversations.Turns;
using Pkkpm.Data;
using Pkkpm.Data.Stores;

namespace Pkkpm.Bot.Messages;

/// <summary>
/// One inbound message, one transaction. Decide outside, commit inside: the turn is first decided on
/// a read snapshot, in parallel with other turns (a SALDO, a summary to confirm, a question); then
/// one short unit in the writer records the message, its replies, its outbound messages and the
/// conversation's next state, if the person's conversation has not moved since the snapshot. A turn
/// that records anything else (money, attendance, a broadcast...), meets a limit, or finds its
/// conversation moved runs whole inside the writer instead, as one unit, where every check holds.
/// A MessageSid seen before gets its first answer again; nobody is answered before the commit.
/// With several instances on PostgreSQL the database keeps this true: the same MessageSid is
/// recorded once (the second delivery waits for the first to commit and answers with its replies),
/// and a person's conversation row is locked for the unit, so their next message waits for this one.
/// The conversation is the person's, not the channel's: YA on WhatsApp answers a summary sent on
/// SMS; each reply goes back on the channel its message came on.
/// </summary>
public sealed class MessageTurns(IDatabase database, ConversationEngine engine, FloodGuard floodGuard, BroadcastSignal broadcasts, TimeProvider clock, IOptions<LimitsOptions> limits, BotMetrics metrics, ILogger<MessageTurns> logger)
{
    public async Task<IReadOnlyList<string>> HandleAsync(InboundMessage message, CancellationToken cancellationToken)
    {
        var channel = message.Channel.ToString().ToLowerInvariant();
        using var activity = BotActivities.Source.StartActivity("turn");
        activity?.SetTag("pkkpm.channel", channel);
        activity?.SetTag("pkkpm.message_sid", message.MessageSid);
        try
        {
            var decided = await database.ReadAsync(connection => DecideAsync(connection, message, cancellationToken), cancellationToken);
            var (replies, intent, broadcast) = await database.WriteAsync(
                (connection, transaction) => CommitAsync(connection, transaction, message, decided), cancellationToken);
            // Committed: the fan-out may expand it now (it never sees a broadcast before its YA commits).
            if (broadcast) broadcasts.Wake();
            activity?.SetTag("pkkpm.intent", intent);
            activity?.SetTag("pkkpm.replies", replies.Count);
            metrics.Turn(intent, channel, replies.Count);
            return replies;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            activity?.SetStatus(System.Diagnostics.ActivityStatusCode.Error, e.GetType().Name);
            metrics.Error("turn");
            throw;
        }
    }

    /// <summary>What a MessageSid seen before counts as: it was read the first time.</summary>
    private const string Repeated = "Repeated";

    /// <summary>What a message held back by a limit or the loop guard counts as: it was never read.</summary>
    private const string HeldBack = "HeldBack";

    /// <summary>
    /// The turn on a snapshot, reading only; null when it must run inside the writer: it would record
    /// something, or the flood guard holds it back (the guard decides that again, inside).
    /// </summary>
    private async Task<DecidedTurn?> DecideAsync(DbConnection connection, InboundMessage message, CancellationToken cancellationToken)
    {
        await using var snapshot = await ReadSnapshot.BeginAsync(connection, cancellationToken);
        var (state, version) = await ConversationStates.PeekAsync(connection, snapshot, message.FromPhone);
        if (await floodGuard.CheckAsync(connection, snapshot, message) is not null) return null;
        try
        {
            var data = new DecidingData(new ConversationData(connection, snapshot, message));
            return new DecidedTurn(await engine.HandleAsync(message, state, data, cancellationToken), version);
        }
        catch (TurnMustRecord)
        {
            return null;
        }
    }

    private async Task<(IReadOnlyList<string> Replies, string Intent, bool Broadcast)> CommitAsync(
        DbConnection connection, DbTransaction transaction, InboundMessage message, DecidedTurn? decided)
    {
        var committed = await CommitTurnAsync(connection, transaction, message, decided);
        var late = clock.GetUtcNow() - message.ReceivedAt;
        if (committed.Intent == Repeated || committed.Replies.Count == 0 || limits.Value.LateReplyAfter <= TimeSpan.Zero || late <= limits.Value.LateReplyAfter)
            return committed;
        // Twilio has stopped waiting (or is about to): the answer would be lost, so it goes as
        // messages, in this same commit, and Twilio is answered with none.
        foreach (var reply in committed.Replies)
            await Outbox.QueueAsync(connection, transaction, new QueueOutbound(message.FromPhone, message.Channel, reply, OutboundKinds.LateReply), message.MessageSid, clock.GetUtcNow());
        logger.LogWarning("Committed {Message} {Seconds:F1} s after it came: its {Replies} reply(ies) go as messages",
            ConversationEngine.Describe(message), late.TotalSeconds, committed.Replies.Count);
        return ([], committed.Intent, committed.Broadcast);
    }

    private async Task<(IReadOnlyList<string> Replies, string Intent, bool Broadcast)> CommitTurnAsync(
        DbConnection connection, DbTransaction transaction, InboundMessage message, DecidedTurn? decided)
    {
        // The message is recorded first: everything the turn records points back to it.
        if (!await InboundMessages.RecordAsync(connection, transaction, message, decided?.Turn.Replies))
        {
            logger.LogInformation("Repeated delivery of {Message}: answered as before", ConversationEngine.Describe(message));
            // Replies that already went as messages are not given a second time.
            if (await Outbox.RepliedLateAsync(connection, transaction, message.MessageSid)) return ([], Repeated, false);
            return ((await InboundMessages.FindRepliesAsync(connection, transaction, message.MessageSid))!, Repeated, false);
        }
        // Decided outside, and the person's conversation is where it was: the decision stands.
        if (decided is not null
            && await ConversationStates.TrySaveAsync(connection, transaction, message.FromPhone, decided.Turn.NextState, clock.GetUtcNow(), decided.Version))
            return await QueueOutboundAsync(connection, transaction, message, decided.Turn, recordedBroadcast: false);

        var (state, _) = await ConversationStates.LoadAsync(connection, transaction, message.FromPhone);
        // After the load: on PostgreSQL the person's row is locked, so two instances count alike.
        if (await floodGuard.CheckAsync(connection, transaction, message) is { } heldBack)
        {
            await SenderHistory.HoldBackAsync(connection, transaction, message.MessageSid, heldBack.Reason, heldBack.Replies);
            // A warning when a flood starts (its notice goes), not for every message of it.
            logger.Log(heldBack.Replies.Count > 0 ? LogLevel.Warning : LogLevel.Information, "Held back {Message} ({Reason}): {Replies} reply(ies)",
                ConversationEngine.Describe(message), heldBack.Reason, heldBack.Replies.Count);
            metrics.LimitHit(heldBack.Reason);
            return (heldBack.Replies, HeldBack, false);
        }
        // Inside the writer the turn finishes whatever the caller's deadline: work is never half-done.
        var data = new ConversationData(connection, transaction, message);
        var turn = await engine.HandleAsync(message, state, data, CancellationToken.None);
        await ConversationStates.SaveAsync(connection, transaction, message.FromPhone, turn.NextState, clock.GetUtcNow());
        await InboundMessages.SaveRepliesAsync(connection, transaction, message.MessageSid, turn.Replies);
        return await QueueOutboundAsync(connection, transaction, message, turn, data.RecordedBroadcast);
    }

    /// <summary>The last of the turn's write set: its messages to other people, into the outbox.</summary>
    private async Task<(IReadOnlyList<string> Replies, string Intent, bool Broadcast)> QueueOutboundAsync(
        DbConnection connection, DbTransaction transaction, InboundMessage message, TurnResult turn, bool recordedBroadcast)
    {
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
        logger.LogInformation("Handled {Message}: {Replies} reply(ies), {Effects} effect(s)",
            ConversationEngine.Describe(message), turn.Replies.Count, turn.Effects.Count);
        return (turn.Replies, turn.Intent, recordedBroadcast);
    }
}

public static class MessageTurnsSetup
{
    /// <summary>Conversations__PendingLifetime (e.g. 00:30:00), Conversations__MaxAmountPerEntry and
    /// Conversations__ReminderHour (WIB).</summary>
    public static IServiceCollection AddMessageTurns(this IServiceCollection services)
    {
        services.AddOptions<ConversationOptions>()
            .BindConfiguration("Conversations")
            .Validate(o => o.PendingLifetime > TimeSpan.Zero && o.MaxAmountPerEntry > 0,
                "Conversations__PendingLifetime and Conversations__MaxAmountPerEntry must be positive.")
            .Validate(o => o.ReminderHour is >= 0 and < 24, "Conversations__ReminderHour must be an hour from 0 to 23.")
            .Configure<IConfiguration>((o, configuration) => configuration.GetSection("Loans").Bind(o.Loans))
            .Validate(o => o.Loans.MonthlyFeePercent >= 0 && o.Loans.MinPrincipal > 0 && o.Loans.MaxPrincipal >= o.Loans.MinPrincipal
                && o.Loans.ReminderHour is >= 0 and < 24, "Loans__MonthlyFeePercent, __MinPrincipal, __MaxPrincipal or __ReminderHour is out of range.")
            .ValidateOnStart();
        return services
            .AddSingleton(sp => new ConversationEngine(sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<IOptions<ConversationOptions>>().Value))
            .AddSingleton<MessageTurns>();
    }
}
