using Dapper;
using Pkkpm.Conversations.Engine;
using Pkkpm.Conversations.Turns;

namespace Pkkpm.Data.Stores;

/// <summary>
/// Who wrote a record, from which message, and when: taken from the turn's message, never from the
/// flow, so no flow can forget or forge them. A write's SQL uses {RecordedBy} (the sender's person
/// id, null for an unknown phone) and the parameters @Sid, @Source, @Now and @Today.
/// </summary>
public sealed partial class ConversationData
{
    private const string RecordedBy = "(select id from people where phone = @FromPhone)";

    private CommandDefinition Command(string sql, object? parameters, CancellationToken cancellationToken) =>
        new(sql, parameters, transaction, cancellationToken: cancellationToken);

    private CommandDefinition Attributed(string sql, object parameters, CancellationToken cancellationToken)
    {
        var all = new DynamicParameters(parameters);
        all.Add("FromPhone", message.FromPhone);
        all.Add("Sid", message.MessageSid);
        all.Add("Source", Source(message.Channel));
        all.Add("Now", message.ReceivedAt);
        all.Add("Today", TodayInWib(message.ReceivedAt));
        return Command(sql, all, cancellationToken);
    }

    /// <summary>The calendar day the members live in when the message arrived (a message at 20:00 UTC is the next day).</summary>
    internal static DateOnly TodayInWib(DateTimeOffset moment) => DateOnly.FromDateTime(moment.ToOffset(Wib.Offset).DateTime);

    private static string Source(Channel channel) => channel switch
    {
        Channel.Sms => "sms",
        Channel.WhatsApp => "whatsapp",
        _ => throw new ArgumentOutOfRangeException(nameof(channel), channel, null),
    };

    private static string Code<TEnum>(TEnum value) where TEnum : struct, Enum => value.ToString().ToLowerInvariant();

    private static TEnum Parse<TEnum>(string code) where TEnum : struct, Enum => Enum.Parse<TEnum>(code, ignoreCase: true);
}
