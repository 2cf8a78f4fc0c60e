using System.Data.Common;
using Microsoft.Extensions.Options;
using Pkkpm.Conversations.Engine;
using Pkkpm.Conversations.Turns;
using Pkkpm.Data.Stores;

namespace Pkkpm.Bot.Floods;

/// <summary>
/// Decides, before the conversation sees a message, whether it is held back: a phone over its
/// limits per minute or per day gets one short notice and then empty TwiML until it slows down
/// (or, for the day, until midnight WIB); a number we do not know hears that it is not registered
/// only so many times a day; and an auto-responder is not answered for ever. Everything is counted
/// per phone, so nobody else is slowed. The message is recorded either way, and a held-back message
/// changes no conversation.
/// </summary>
/// <remarks>The loop rule: when this phone has sent exactly the same body <see cref="LimitsOptions.LoopRepeats"/>
/// times (3) within <see cref="LimitsOptions.LoopWindow"/> (5 minutes), and we gave some answer twice among
/// them, the next one gets no reply. An auto-responder gets the same answer, or two answers in turn
/// (a question, then "not understood"), so its 4th message is not answered and the loop ends. A
/// treasurer answering "25rb" to member after member gets a new question each time: never held.</remarks>
public sealed class FloodGuard(IOptions<LimitsOptions> options)
{
    public const string PerMinute = "per_minute", PerDay = "per_day", Unregistered = "unregistered", Repeated = "repeated";

    public sealed record HeldBack(string Reason, IReadOnlyList<string> Replies);

    public async Task<HeldBack?> CheckAsync(DbConnection connection, DbTransaction transaction, InboundMessage message)
    {
        var limits = options.Value;
        var (phone, sid, now) = (message.FromPhone, message.MessageSid, message.ReceivedAt);
        var today = new DateTimeOffset(now.ToOffset(Wib.Offset).Date, Wib.Offset);
        var minuteAgo = now.AddMinutes(-1);

        if (limits.MessagesPerPhonePerDay > 0 || limits.MessagesPerPhonePerMinute > 0)
        {
            var sent = await SenderHistory.CountAsync(connection, transaction, phone, sid, today, minuteAgo);
            if (limits.MessagesPerPhonePerDay > 0 && sent.Today >= limits.MessagesPerPhonePerDay)
                return await NoticeOnceAsync(PerDay, today, FloodTexts.PerDay);
            if (limits.MessagesPerPhonePerMinute > 0 && sent.LastMinute >= limits.MessagesPerPhonePerMinute)
                return await NoticeOnceAsync(PerMinute, minuteAgo, FloodTexts.PerMinute);
        }

        // Known phones first: one index lookup, and the count is only for numbers we do not know.
        if (limits.UnregisteredRepliesPerDay > 0
            && !await KnownPhones.IsRegisteredAsync(connection, transaction, phone)
            && await SenderHistory.CountAnsweredSinceAsync(connection, transaction, phone, sid, today, limits.UnregisteredRepliesPerDay) >= limits.UnregisteredRepliesPerDay)
            return new HeldBack(Unregistered, []);

        if (limits.LoopRepeats > 0)
        {
            var answers = await SenderHistory.RepliesToSameBodyAsync(connection, transaction, phone, sid, message.Body, now - limits.LoopWindow);
            if (answers.Count >= limits.LoopRepeats && answers.Distinct(StringComparer.Ordinal).Count() < answers.Count)
                return new HeldBack(Repeated, []);
        }
        return null;

        // The notice goes once: while the flood goes on (another message held back for the same
        // limit within its window) the sender gets empty TwiML, which Twilio sends nowhere.
        async Task<HeldBack> NoticeOnceAsync(string reason, DateTimeOffset windowStart, string notice) =>
            await SenderHistory.HeldBackSinceAsync(connection, transaction, phone, sid, reason, windowStart)
                ? new HeldBack(reason, [])
                : new HeldBack(reason, [notice]);
    }
}
