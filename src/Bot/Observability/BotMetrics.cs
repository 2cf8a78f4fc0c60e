using System.Diagnostics.Metrics;

namespace Pkkpm.Bot.Observability;

/// <summary>
/// What the service counts, under the meter "Pkkpm.Bot". Prometheus names follow from these:
/// pkkpm.turns becomes pkkpm_turns_total, pkkpm.outbox.lag (seconds) pkkpm_outbox_lag_seconds.
/// </summary>
public sealed class BotMetrics
{
    public const string MeterName = "Pkkpm.Bot";

    private readonly Counter<long> _turns, _replies, _errors, _sent, _sendFailures, _limitsHit;

    public BotMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(MeterName);
        _turns = meter.CreateCounter<long>("pkkpm.turns", description: "Inbound messages handled, by what they were read as");
        _replies = meter.CreateCounter<long>("pkkpm.replies", description: "Replies sent back in TwiML");
        _errors = meter.CreateCounter<long>("pkkpm.errors", description: "Failures that reached no answer (a 500), by where");
        _sent = meter.CreateCounter<long>("pkkpm.messages.sent", description: "Outbound messages Twilio took, by route");
        _sendFailures = meter.CreateCounter<long>("pkkpm.send.failures", description: "Outbound sends Twilio refused or that failed, by Twilio's error code");
        _limitsHit = meter.CreateCounter<long>("pkkpm.limits.hit", description: "Messages held back by a per-phone limit or the loop guard, or shed under load (turns_in_flight, turn_deadline) or with the database held (database_unavailable), by limit");
        Meter = meter;
    }

    /// <summary>For the gauges that read their value when scraped.</summary>
    public Meter Meter { get; }

    /// <summary>One message answered; intent "Repeated" for a MessageSid answered before.</summary>
    public void Turn(string intent, string channel, int replies)
    {
        _turns.Add(1, new("intent", intent), new("channel", channel));
        _replies.Add(replies, new KeyValuePair<string, object?>("channel", channel));
    }

    public void Error(string where) => _errors.Add(1, new KeyValuePair<string, object?>("where", where));

    public void Sent(string route) => _sent.Add(1, new KeyValuePair<string, object?>("route", route));

    public void SendFailed(string route, string code) => _sendFailures.Add(1, new("route", route), new("code", code));

    public void LimitHit(string limit) => _limitsHit.Add(1, new KeyValuePair<string, object?>("limit", limit));
}
