using Microsoft.Extensions.Options;
using Pkkpm.Bot.Twilio;
using Pkkpm.Conversations.Balance;
using Pkkpm.Conversations.Engine;
using Pkkpm.Conversations.Phones;
using Pkkpm.Conversations.Turns;
using Pkkpm.Data;
using Pkkpm.Data.Stores;

namespace Pkkpm.Bot.Voice;

/// <summary>
/// POST /twilio/voice: a call to the service's number asks for the balance (issue 14). Members
/// learnt this from banks: ring, hang up, get the balance by SMS, and the call costs nothing because
/// it is never answered. The call is rejected (busy) and, for a registered number, the same text
/// SALDO would answer is queued by SMS to the calling number; with Voice__Answer it is read aloud
/// first. One transaction: the CallSid is recorded once (Twilio may post it again; the retry gets
/// the same answer and queues nothing) and at most one balance SMS per number per
/// Voice__MinutesBetweenBalances. A number nobody registered is rejected and nothing is stored.
/// Opted out (BERHENTI): the SMS still goes. BERHENTI stops bulk messages; like a SALDO reply, this
/// is an answer to her own request (she called), so it is her own business, not bulk.
/// </summary>
internal static class MissedCalls
{
    private enum Outcome { Unknown, Queued, Limited, Repeated }

    private sealed record Handled(Outcome Outcome, CallerBalance? Balance, bool SmsWent);

    public static async Task<IResult> ReceiveAsync(HttpContext http, IDatabase database, IOptions<VoiceOptions> options, TimeProvider clock, ILoggerFactory loggers)
    {
        var form = (InboundForm)http.Items[TwilioSignature.FormItem]!;
        var sid = form["CallSid"];
        if (sid.Length == 0) return TypedResults.BadRequest("CallSid is required.");
        var logger = loggers.CreateLogger(typeof(MissedCalls));
        // A withheld number ("anonymous"), a SIP or WhatsApp caller: nobody we could answer by SMS.
        if (!IndonesianPhone.TryNormalize(form["From"], out var phone))
        {
            logger.LogInformation("Call {CallSid} from {Phone} rejected: not a number we know", sid, IndonesianPhone.Mask(form["From"]));
            return VoiceTwiML.Reject();
        }

        var now = clock.GetUtcNow();
        var window = TimeSpan.FromMinutes(options.Value.MinutesBetweenBalances);
        // Not the request's token: once started the call is recorded whole, so a retry finds it done.
        var handled = await database.WriteAsync(async (connection, transaction) =>
        {
            await VoiceCalls.HoldCallerAsync(connection, transaction, phone);
            var data = new ConversationData(connection, transaction, new InboundMessage(sid, phone, Channel.Sms, "", now));
            var balance = await CalledBalance.ForAsync(data, phone, Wib.Today(clock), CancellationToken.None);
            if (balance is null) return new Handled(Outcome.Unknown, null, false);
            if (await VoiceCalls.FindOutcomeAsync(connection, transaction, sid) is { } earlier)
                return new Handled(Outcome.Repeated, balance, earlier == VoiceCalls.Sms);
            var limited = window > TimeSpan.Zero && await VoiceCalls.SentSinceAsync(connection, transaction, phone, now - window);
            if (!await VoiceCalls.RecordAsync(connection, transaction, sid, phone, now, limited ? null : balance.Sms))
                return new Handled(Outcome.Repeated, balance, await VoiceCalls.FindOutcomeAsync(connection, transaction, sid) == VoiceCalls.Sms);
            return limited ? new Handled(Outcome.Limited, balance, false) : new Handled(Outcome.Queued, balance, true);
        }, CancellationToken.None);

        logger.LogInformation("Call {CallSid} from {Phone}: {Outcome}", sid, IndonesianPhone.Mask(phone), handled.Outcome);
        // Read aloud only when the SMS went with it: a stranger, or a number within the limit, is
        // rejected either way (an answered call costs us, and the caller, airtime).
        return options.Value.Answer && handled is { SmsWent: true, Balance: { } spoken }
            ? VoiceTwiML.Say(spoken.Spoken)
            : VoiceTwiML.Reject();
    }
}
