namespace Pkkpm.Conversations.Understanding;

/// <summary>
/// What <see cref="MessageReader"/> understood.
/// <paramref name="Arguments"/> is the original text after the keyword phrase, exactly as typed
/// (case, punctuation and amounts like <c>50.000</c> intact), trimmed of spaces and separators.
/// When nothing was understood, <paramref name="Arguments"/> is the whole trimmed message and
/// <paramref name="Suggestion"/> may name the keyword a typo was close to ("Maksud Ibu: SALDO?").
/// </summary>
public sealed record Reading(Intent Intent, string Arguments, Intent Suggestion = Intent.Unknown)
{
    public static readonly Reading Nothing = new(Intent.Unknown, "");

    public bool IsUnderstood => Intent != Intent.Unknown;

    /// <summary>The message answers the guided round's question ("25rb", "belum setor" as 0, LEWAT),
    /// as opposed to a request of its own made in the middle of it ("SETOR Slamet 20rb").</summary>
    public bool AnswersTheRound { get; init; }
}
