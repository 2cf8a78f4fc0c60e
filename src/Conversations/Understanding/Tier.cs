namespace Pkkpm.Conversations.Understanding;

/// <summary>
/// How strongly a matched word says what the member wants. When a message holds several
/// keywords the lowest tier wins, and within a tier the earliest. Tiers exist because people
/// wrap requests in polite and filler words: "Selamat pagi, tolong cek saldo ya" is a balance
/// request, not a greeting, a plea for help or a yes.
/// </summary>
internal enum Tier
{
    /// <summary>A word that names a request: saldo, setor, izin.</summary>
    Keyword,

    /// <summary>A typo accepted as a keyword: sure enough to act on, not as sure as the real word.</summary>
    Typo,

    /// <summary>A vague word that only counts when nothing clearer is said: sisa, berapa, tolong, status.</summary>
    Hint,

    /// <summary>Yes and no: "ya" also ends questions ("saldo saya berapa ya?").</summary>
    Answer,

    /// <summary>Greetings and thanks surround requests far more often than they stand alone.</summary>
    Courtesy,
}
