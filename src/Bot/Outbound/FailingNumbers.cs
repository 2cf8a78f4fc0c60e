using System.Data.Common;
using Microsoft.Extensions.Options;
using Pkkpm.Conversations.Phones;
using Pkkpm.Conversations.Turns;
using Pkkpm.Data.Stores;

namespace Pkkpm.Bot.Outbound;

/// <summary>
/// A number that keeps failing: Outbound__FailingNumberAfter messages (3) in a row that could not
/// reach it because of the number, with none delivered between. Its pendamping is told once, so
/// someone can check the number with the member, and not again until a message reaches it. Other
/// failures (an opt-out, a carrier's filter, Twilio's own trouble) say nothing about the number:
/// they neither count nor start the count again. Only a delivered (or read) message does, as only
/// Twilio's status callbacks say that a message reached the phone.
/// </summary>
internal sealed class FailingNumbers(IOptions<OutboundFaultOptions> options, ILogger<FailingNumbers> logger)
{
    /// <summary>The notice's outbox kind: one person's business, sent before bulk.</summary>
    public const string Kind = "number-alert";

    // Twilio refused to send: 21211 not a valid number, 21612 not reachable from our sender, 21614
    // not a mobile. The carrier reported later: 30003 handset unreachable (off, out of coverage for
    // days), 30005 unknown handset (the number is gone), 30006 a landline or an unreachable carrier.
    public static readonly IReadOnlySet<int> NumberToBlame = new HashSet<int> { 21211, 21612, 21614, 30003, 30005, 30006 };

    public async Task FailedAsync(DbConnection connection, DbTransaction transaction, string phone, int? errorCode, DateTimeOffset now)
    {
        var after = options.Value.FailingNumberAfter;
        if (after == 0 || errorCode is not { } code || !NumberToBlame.Contains(code)) return;
        var inRow = await OutboxDelivery.CountNumberFailureAsync(connection, transaction, phone, code, now);
        if (inRow < after || !await OutboxDelivery.FlagFailingNumberAsync(connection, transaction, phone, now)) return;

        var contacts = await OutboxDelivery.FailingNumberContactsAsync(connection, transaction, phone);
        foreach (var contact in contacts.DistinctBy(c => c.PendampingPhone))
            await Outbox.QueueAsync(connection, transaction, new QueueOutbound(contact.PendampingPhone, null, FailingNumberNotice.For(contact, phone, inRow), Kind), null, now);
        logger.LogWarning("{Phone}: {Failures} messages in a row could not reach it (last {Code}); {Told} pendamping told",
            IndonesianPhone.Mask(phone), inRow, code, contacts.DistinctBy(c => c.PendampingPhone).Count());
    }

    /// <summary>A message reached <paramref name="phone"/>: it is not failing, whatever came before.</summary>
    public Task ReachedAsync(DbConnection connection, DbTransaction transaction, string phone) =>
        OutboxDelivery.NumberReachedAsync(connection, transaction, phone);
}
