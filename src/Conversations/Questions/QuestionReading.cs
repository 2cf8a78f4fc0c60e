using Pkkpm.Conversations.Understanding;

namespace Pkkpm.Conversations.Questions;

/// <summary>
/// TANYA and JAWAB are exact commands: they count only as the message's first word, typed out (a
/// typo of "tanya" is "tanah", not a question), and only when nothing waits for YA or an amount.
/// "mau tanya saldo", "sekalian tanya tabungan saya" keep their old reading; so do the shortest
/// "tanya saldo", "takon jadwal": a request the bot answers itself needs no pendamping.
/// </summary>
internal static class QuestionReading
{
    private static readonly HashSet<Intent> AnsweredByTheBot = [Intent.Balance, Intent.Loan, Intent.History, Intent.Schedule, Intent.Help, Intent.Tips];

    // As normalised: "takon" and "tny" are "tanya".
    private static readonly HashSet<string> Commands = ["tanya", "jawab", "jwb"];

    // "tanya saldo sy brp": up to three words after TANYA are a request of the bot's own.
    private const int ShortRequest = 3;

    public static List<Hit> Apply(Sentence sentence, List<Hit> hits, ReadingContext context)
    {
        var rest = hits.Where(h => h.Intent is not (Intent.Ask or Intent.Answer)).ToList();
        if (context.Awaiting is not (Awaiting.Nothing or Awaiting.MeetingReply)) return rest;
        var opening = hits.FirstOrDefault(h => h.Intent is Intent.Ask or Intent.Answer && h.First == 0 && h.Tier != Tier.Typo && !h.Negated);
        // The word itself: "jawaban sy kemarin" is no JAWAB, whatever its stem.
        if (opening == default || !Commands.Contains(sentence.Tokens[0].Word)) return rest;
        if (opening.Intent == Intent.Ask && sentence.Tokens.Count - 1 <= ShortRequest
            && rest.Any(h => h.Tier == Tier.Keyword && !h.Negated && AnsweredByTheBot.Contains(h.Intent))) return rest;
        // A hint in the vocabulary (so "tanya" elsewhere hides no typo of a real keyword); first, it is the command.
        return [opening with { Tier = Tier.Keyword }, .. rest];
    }
}
