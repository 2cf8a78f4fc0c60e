using System.Text.Json;
using System.Text.Json.Serialization;
using Pkkpm.Conversations.Deposits;
using Pkkpm.Conversations.Understanding;

namespace Pkkpm.Conversations.Engine;

/// <summary>
/// What a conversation waits for between two messages, stored as JSON with the conversation's
/// step: a suggested command, a draft of entries awaiting YA, a guided round (running or paused).
/// </summary>
internal sealed class Pending
{
    private static readonly JsonSerializerOptions Json = new()
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter() },
    };

    public Intent? Suggested { get; set; }

    public Draft? Draft { get; set; }

    public GuidedRound? Round { get; set; }

    /// <summary>True when the round was interrupted by another command and waits for LANJUT.</summary>
    public bool RoundPaused { get; set; }

    public bool IsEmpty => Suggested is null && Draft is null && Round is null;

    /// <summary>Work the person would miss if it were silently dropped (a suggestion is not).</summary>
    public bool HasUnfinishedReport => Draft is not null || Round is not null;

    public string? Serialize() => IsEmpty ? null : JsonSerializer.Serialize(this, Json);

    public static Pending Deserialize(string? json)
    {
        if (string.IsNullOrEmpty(json)) return new Pending();
        try
        {
            return JsonSerializer.Deserialize<Pending>(json, Json) ?? new Pending();
        }
        catch (JsonException)
        {
            // A shape written by an older version: start afresh rather than fail the member.
            return new Pending();
        }
    }
}
