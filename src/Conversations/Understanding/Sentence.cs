namespace Pkkpm.Conversations.Understanding;

/// <summary>
/// A message as the reading sees it: its words, the phrases found in them, and which words a
/// negation reaches. The readers for each moment (idle, a summary waiting, a round, a meeting
/// notice) ask it questions; it never decides an intent itself.
/// </summary>
internal sealed class Sentence
{
    private const string ClauseBreaks = ",;!?\n";

    private readonly int[] _negatedBy;

    public Sentence(string text)
    {
        Text = text;
        Tokens = Tokenizer.Split(text);
        var hits = PhraseIndex.FindAll(Tokens);
        // Typos are only looked for when no real keyword was typed: "saldo" beats a near-miss anywhere.
        if (!hits.Any(hit => hit.Tier == Tier.Keyword))
        {
            var typos = TypoMatcher.Find(Tokens, hits);
            hits.AddRange(typos.Accepted);
            Suggestion = typos.Suggestion;
        }
        hits.Sort((a, b) => a.First.CompareTo(b.First));
        _negatedBy = Negations.Find(this, hits);
        Hits = Negations.Apply(Tokens, hits, _negatedBy);
    }

    public string Text { get; }

    public IReadOnlyList<Token> Tokens { get; }

    /// <summary>Phrases found, in order, with negated ones marked and standalone negators kept as No.</summary>
    public IReadOnlyList<Hit> Hits { get; }

    /// <summary>A keyword a typo was close to, to ask about ("Maksud Ibu: SALDO?").</summary>
    public Intent Suggestion { get; }

    /// <summary>A question mark, or a word that asks for a figure, a date or a place.</summary>
    public bool Asks => Text.Contains('?') || Tokens.Any(t => WordClasses.Questions.Contains(t.Word));

    public bool HasAmount => Tokens.Any(t => t.HasDigits) || Money.AmountSpans.Find(Text).Count > 0;

    public bool Has(ISet<string> words) => Tokens.Any(t => words.Contains(t.Word) || words.Contains(t.Stem));

    public bool Has(string word) => Tokens.Any(t => t.Is(word));

    public bool IsNegated(int token) => _negatedBy[token] >= 0;

    /// <summary>Whether a clause break (comma, full stop, ...) separates two neighbouring tokens. A full
    /// stop breaks only before a space: "Setor.Lasmi.10.000" is one clause, as in "REG#NIK#".</summary>
    public bool BreakBetween(int left, int right)
    {
        var between = Text.AsSpan(Tokens[left].End, Tokens[right].Start - Tokens[left].End);
        var dot = between.IndexOf('.');
        return between.IndexOfAny(ClauseBreaks) >= 0 || dot >= 0 && dot + 1 < between.Length && char.IsWhiteSpace(between[dot + 1]);
    }

    /// <summary>The typed text after token <paramref name="last"/>, trimmed of spaces and separators.</summary>
    public string After(int last) => ArgumentText.Trim(Text[Tokens[last].End..]);

    /// <summary>The typed text without tokens <paramref name="first"/> to <paramref name="last"/>.</summary>
    public string Without(int first, int last) =>
        ArgumentText.Trim(Text[..Tokens[first].Start] + " " + Text[Tokens[last].End..]);
}
