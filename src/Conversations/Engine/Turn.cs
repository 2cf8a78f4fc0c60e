using Pkkpm.Conversations.People;
using Pkkpm.Conversations.Sms;
using Pkkpm.Conversations.Turns;

namespace Pkkpm.Conversations.Engine;

/// <summary>
/// Everything a flow needs while it handles one message: who is speaking, the store, the time,
/// and where its replies and outbound messages go.
/// </summary>
internal sealed class Turn(Sender sender, InboundMessage message, IConversationData data, TimeProvider clock, ConversationOptions options, CancellationToken cancellationToken)
{
    private readonly List<string> _replies = [];
    private readonly List<Effect> _effects = [];

    public Sender Sender => sender;
    public InboundMessage Message => message;
    public IConversationData Data => data;
    public ConversationOptions Options => options;
    public CancellationToken CancellationToken => cancellationToken;
    public DateTimeOffset Now => Wib.Now(clock);
    public DateOnly Today => Wib.Today(clock);
    public string PartOfDay => Wib.PartOfDay(clock);

    // Say, SayPaged and Send fold to GSM-7 as the last guard: a name from a seed or a word a
    // flow echoed unfolded never turns an SMS into UCS-2 (70 characters a segment instead of 160).
    public void Say(string text) => _replies.Add(Gsm7Text.Fold(text));

    /// <summary>Whether this turn has already said something (e.g. that a pending report expired).</summary>
    public bool HasSaid => _replies.Count > 0;

    /// <summary>Several lines as few SMS as they fit in (WhatsApp takes them as one message).</summary>
    public void SayPaged(IEnumerable<string> lines, string separator = ", ")
    {
        var folded = lines.Select(Gsm7Text.Fold);
        if (message.Channel == Channel.WhatsApp) _replies.Add(string.Join(separator, folded));
        else _replies.AddRange(SmsPages.Pack(folded, separator));
    }

    /// <summary>A message to someone else (a receipt, a notice), sent through the outbox on their usual channel.</summary>
    public void Send(string phone, string body, string kind) =>
        _effects.Add(new QueueOutbound(phone, null, Gsm7Text.Fold(body), kind));

    /// <summary>The replies, short ones joined so a basic phone gets as few SMS as possible.</summary>
    public IReadOnlyList<string> Replies => SmsPages.JoinShort(_replies);

    public IReadOnlyList<Effect> Effects => _effects;
}
