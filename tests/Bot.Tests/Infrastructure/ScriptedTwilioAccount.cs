using System.Collections.Concurrent;
using System.Text.Json;

namespace Pkkpm.Bot.Tests.Infrastructure;

/// <summary>How the fake answers one request.</summary>
internal sealed record ScriptedReply(int Status, int? Code, string Message, bool Hang = false)
{
    public static readonly ScriptedReply Created = new(201, null, "");
    public static readonly ScriptedReply TooManyRequests = new(429, 20429, "Too Many Requests");
    public static readonly ScriptedReply ServerError = new(500, 20500, "Internal Server Error");
    /// <summary>No answer until the caller gives up (or 30 s pass).</summary>
    public static readonly ScriptedReply Hangs = new(0, null, "", Hang: true);

    public static ScriptedReply Error(int code, string message) => new(400, code, message);

    public static readonly ScriptedReply InvalidNumber = Error(21211, "The 'To' number +6281299999999 is not a valid phone number.");
    public static readonly ScriptedReply Unsubscribed = Error(21610, "Attempt to send to unsubscribed recipient");
    public static readonly ScriptedReply OutsideWindow = Error(63016, "Failed to send freeform message because you are outside the allowed window.");

    // What Twilio answers when the account, not the message, is wrong.
    public static readonly ScriptedReply Unauthorized = new(401, 20003, "Authenticate");
    public static readonly ScriptedReply AccountSuspended = new(403, 20005, "Account not active");
    public static readonly ScriptedReply NoSuchAccount = new(404, 20404, "The requested resource was not found");
}

/// <summary>A request the fake received, with the sid it answered (null when it did not create a message).</summary>
internal sealed record ReceivedMessage(IReadOnlyDictionary<string, string> Form, string? Sid, ScriptedReply Reply)
{
    public string To => Form["To"];
    public string? From => Form.GetValueOrDefault("From");
    public string? Body => Form.GetValueOrDefault("Body");
    public string? ContentSid => Form.GetValueOrDefault("ContentSid");

    public Dictionary<string, string>? ContentVariables =>
        Form.TryGetValue("ContentVariables", out var json) ? JsonSerializer.Deserialize<Dictionary<string, string>>(json) : null;
}

/// <summary>One test's Twilio account: its script, its requests.</summary>
internal sealed class ScriptedTwilioAccount(string sid, string authToken)
{
    private readonly ConcurrentQueue<ScriptedReply> _script = new();
    private readonly List<ReceivedMessage> _received = [];
    internal int HangingCount;

    public string Sid => sid;

    /// <summary>The token Twilio accepts; change it to rotate the token in Twilio's console.</summary>
    public string AuthToken { get; set; } = authToken;

    /// <summary>Decides a request's answer before the script does (e.g. by its To).</summary>
    public Func<IReadOnlyDictionary<string, string>, ScriptedReply?>? Responder { get; set; }

    /// <summary>Added before each answer, as a real API takes its time.</summary>
    public TimeSpan Latency { get; set; }

    public int Hanging => Volatile.Read(ref HangingCount);

    private int _answering;
    private int _mostAnswering;

    /// <summary>The most requests this account was answering at one moment (each for its Latency).</summary>
    public int MostAtOnce => Volatile.Read(ref _mostAnswering);

    /// <summary>Counts one request being answered until disposed.</summary>
    public IDisposable Answering()
    {
        var now = Interlocked.Increment(ref _answering);
        for (var most = _mostAnswering; now > most; most = _mostAnswering)
            if (Interlocked.CompareExchange(ref _mostAnswering, now, most) == most) break;
        return new Finished(() => Interlocked.Decrement(ref _answering));
    }

    private sealed class Finished(Action done) : IDisposable
    {
        public void Dispose() => done();
    }

    public IReadOnlyList<ReceivedMessage> Received
    {
        get { lock (_received) return _received.ToList(); }
    }

    /// <summary>The next requests' answers, in order; after them every request gets 201.</summary>
    public ScriptedTwilioAccount Script(params ScriptedReply[] replies)
    {
        foreach (var reply in replies) _script.Enqueue(reply);
        return this;
    }

    internal ScriptedReply NextReply(IReadOnlyDictionary<string, string> form) =>
        Responder?.Invoke(form) ?? (_script.TryDequeue(out var next) ? next : ScriptedReply.Created);

    internal void Record(ReceivedMessage message)
    {
        lock (_received) _received.Add(message);
    }
}
