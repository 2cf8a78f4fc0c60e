using System.Text.RegularExpressions;
using Microsoft.Extensions.Time.Testing;
using Pkkpm.Conversations.Engine;
using Pkkpm.Conversations.Tests.Engine;
using Pkkpm.Conversations.Turns;

namespace Pkkpm.Conversations.Tests.Sms;

/// <summary>
/// Several people texting the engine by SMS, each with their own stored state, and every SMS that
/// came of it: the replies and the messages queued to others, with the message that caused them.
/// </summary>
internal sealed partial class RecordedChat(FakeConversationData data, FakeTimeProvider clock, ConversationOptions options)
{
    private readonly Dictionary<string, ConversationState> _states = [];

    /// <summary>(what was sent, one SMS that came of it)</summary>
    public List<(string Sent, string Sms)> Messages { get; } = [];

    public async Task<IReadOnlyList<string>> SendAsync(string phone, string body, string? mediaType = null)
    {
        var message = new InboundMessage($"SM{Messages.Count}", phone, Channel.Sms, body, clock.GetUtcNow(), MediaType: mediaType);
        data.CurrentSenderPhone = phone;
        var result = await new ConversationEngine(clock, options).HandleAsync(message, _states.GetValueOrDefault(phone, ConversationState.Idle), data);
        _states[phone] = result.NextState;

        var sent = $"{phone}: {body}";
        Messages.AddRange(result.Replies.Select(reply => (sent, reply)));
        Messages.AddRange(result.Effects.OfType<QueueOutbound>().Select(outbound => ($"{sent} (to {outbound.ToPhone})", outbound.Body)));
        return result.Replies;
    }

    /// <summary>Sends each text in turn.</summary>
    public async Task SendAllAsync(string phone, params string[] bodies)
    {
        foreach (var body in bodies) await SendAsync(phone, body);
    }

    /// <summary>The code a reply gave ("kode K001", "STATUS U1"), to type back.</summary>
    public string LastCode(string prefix) =>
        Messages.Select(m => Code().Match(m.Sms)).Where(m => m.Success && m.Groups["code"].Value.StartsWith(prefix)).Last().Groups["code"].Value;

    [GeneratedRegex(@"(?:kode|STATUS) (?<code>[A-Z][0-9A-Z]+)")]
    private static partial Regex Code();
}
