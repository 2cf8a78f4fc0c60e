using System.Text.Json;
using System.Text.Json.Serialization;
using Pkkpm.Conversations.Deposits;
using Pkkpm.Conversations.Understanding;

namespace Pkkpm.Conversations.Engine;

/// <summary>
/// What a conversation waits for between two messages, stored as JSON with the conversation's
/// step: a suggested command, a draft awaiting YA, a guided round (running or paused).
/// </summary>
internal sealed class Pending
{
    private static readonly JsonSerializerOptions Json = new()
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter() },
    };

    public Intent? Suggested { get; set; }

    /// <summary>Stored as "Confirming": "Draft" held the single draft type of every kind before
    /// each kind had its own (see <see cref="OldDraft"/>).</summary>
    [JsonPropertyName("Confirming")]
    public Draft? Draft { get; set; }

    public GuidedRound? Round { get; set; }

    /// <summary>True when the round was interrupted by another command and waits for LANJUT.</summary>
    public bool RoundPaused { get; set; }

    /// <summary>A draft of the old shape, still in flight when this version started: it cannot be
    /// read as any kind, so it expires with the usual notice instead of being guessed at.</summary>
    [JsonPropertyName("Draft")]
    public JsonElement? OldDraft { get; set; }

    /// <summary>Stored data no version of ours reads: whatever it was, the person hears it was dropped.</summary>
    [JsonIgnore]
    public bool WasUnreadable { get; private init; }

    /// <summary>Stored work this version cannot carry on: it expires with the usual notice.</summary>
    public bool IsOfAnOldShape => OldDraft is not null || WasUnreadable;

    public bool IsEmpty => Suggested is null && Draft is null && Round is null;

    /// <summary>Work the person would miss if it were silently dropped (a suggestion is not).</summary>
    public bool HasUnfinishedReport => Draft is not null || Round is not null || IsOfAnOldShape;

    public string? Serialize() => IsEmpty ? null : JsonSerializer.Serialize(this, Json);

    public static Pending Deserialize(string? json)
    {
        if (string.IsNullOrEmpty(json)) return new Pending();
        try
        {
            return JsonSerializer.Deserialize<Pending>(json, Json) ?? new Pending();
        }
        catch (Exception e) when (e is JsonException or NotSupportedException)
        {
            // A shape no version of ours reads: still tell the person something was dropped.
            return new Pending { WasUnreadable = true };
        }
    }
}
