using Pkkpm.Conversations.People;
using Pkkpm.Conversations.Phones;
using Pkkpm.Conversations.Sms;
using Pkkpm.Conversations.Turns;
using Pkkpm.Conversations.Understanding;

namespace Pkkpm.Conversations.Engine;

/// <summary>
/// The turn model: one inbound message and the stored state in, replies, effects and the next state
/// out. It knows who the sender is and hands the message to that person's conversation.
/// </summary>
public sealed class ConversationEngine(TimeProvider clock, ConversationOptions options)
{
    public ConversationEngine(TimeProvider clock) : this(clock, new ConversationOptions())
    {
    }

    public async Task<TurnResult> HandleAsync(
        InboundMessage message, ConversationState state, IConversationData data, CancellationToken cancellationToken = default)
    {
        var sender = await data.FindSenderAsync(message.FromPhone, cancellationToken);
        if (sender is null)
        {
            // Nothing about anybody goes to a number we do not know.
            return TurnResult.Reply(Texts.Unregistered, ConversationState.Idle) with { Intent = "Unregistered" };
        }

        // A voice note or a photo without words: say so, and leave whatever is waiting as it is.
        if (string.IsNullOrWhiteSpace(message.Body) && message.MediaType is { } mediaType)
            return TurnResult.Reply(Gsm7Text.Fold(Texts.AttachmentNotRead(sender, mediaType)), state) with { Intent = "Attachment" };

        message = message with { Body = TypographicPunctuation.Fold(message.Body) };

        // Programme staff (pemantau, admin) belong to no group: everything they may see is in the
        // console. They may still opt out and back in, so our books keep agreeing with Twilio's.
        if (sender.Role.IsProgrammeStaff() && Read(message, new ReadingContext(sender.Role, Awaiting.Nothing)).Intent is not (Intent.Stop or Intent.Start))
            return TurnResult.Reply(Gsm7Text.Fold(Texts.ConsoleOnly(sender)), ConversationState.Idle) with { Intent = "ConsoleOnly" };
        var turn = new Turn(sender, message, data, clock, options, cancellationToken);
        var conversation = new Conversation(turn, state);
        // The conversation may read the message twice (again as an answer to a meeting notice): the last reading is what it did.
        var readAs = Intent.Unknown;
        var result = await conversation.HandleAsync(context =>
        {
            var reading = Read(message, context);
            readAs = reading.Intent;
            return reading;
        });
        return result with { Intent = readAs.ToString() };
    }

    /// <summary>
    /// Twilio reads opt-out, opt-in and help words itself (Advanced Opt-Out, docs/deploy.md) and says
    /// so in OptOutType: we follow it, so our books agree with Twilio's block list even when the word
    /// (CANCEL) means BATAL to us. Except a yes that Twilio takes for START (YES is on its default
    /// list): it stays a yes, so a treasurer's YES still saves her summary. At worst our books then
    /// keep someone opted out whom Twilio has unblocked, which only sends her less.
    /// </summary>
    private static Reading Read(InboundMessage message, ReadingContext context)
    {
        var reading = MessageReader.Read(message.Body, context);
        return message.OptOut?.ToUpperInvariant() switch
        {
            "STOP" => new Reading(Intent.Stop, ""),
            "START" when reading.Intent != Intent.Yes => new Reading(Intent.Start, ""),
            "HELP" => new Reading(Intent.Help, ""),
            _ => reading,
        };
    }

    /// <summary>For logs: a sender's number never appears whole.</summary>
    public static string Describe(InboundMessage message) =>
        $"{message.MessageSid} from {IndonesianPhone.Mask(message.FromPhone)} via {message.Channel}";
}
