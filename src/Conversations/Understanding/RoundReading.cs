using Pkkpm.Conversations.Deposits;
using Pkkpm.Conversations.Money;

namespace Pkkpm.Conversations.Understanding;

/// <summary>
/// A treasurer's answer in the guided deposit round ("Setoran Sri (3/15)? Balas jumlah, 0 jika tidak
/// setor, LEWAT untuk lewati."). One amount is that member's deposit; every way of saying she did
/// not save ("belum", "ora setor", "kosong", "-", "absen", "libur") is 0; "nanti dulu" skips her;
/// BATAL or STOP ends the round; two amounts or a question cannot be booked and are asked again;
/// another request pauses the round.
/// </summary>
internal static class RoundReading
{
    // Requests that are answers here, not commands: a member who is ill, excused or absent saved nothing.
    private static readonly HashSet<Intent> SaidOfTheMember =
        [Intent.Sick, Intent.Excused, Intent.Present, Intent.AttendanceRoll, Intent.Deposit, Intent.No, Intent.Yes, Intent.Stop, Intent.Cancel];

    public static Reading Read(Sentence sentence, IReadOnlyList<Hit> hits)
    {
        if (sentence.Text.Trim() is "-" or "--") return Nothing;
        // "SETOR Sri W 50rb" in the middle of a round is a deposit of its own, not this member's amount.
        var ownDeposit = hits.FirstOrDefault(h => h is { Intent: Intent.Deposit, Negated: false } && NamesMembers(sentence, h));
        if (ownDeposit != default) return IdleReading.Read(sentence, [ownDeposit]);
        if (hits.Any(h => h.Intent is Intent.Cancel or Intent.Stop)) return new Reading(Intent.Cancel, "");
        if (hits.Any(h => h.Intent == Intent.Skip) || StartsWithLater(sentence)) return Answer(Intent.Skip);
        // Only a keyword is a request here: "berapa" in "setor tapi belum tahu berapa" asks nothing of the bot.
        var request = hits.FirstOrDefault(h => !h.Negated && !SaidOfTheMember.Contains(h.Intent) && h.Intent is not
            (Intent.Skip or Intent.Greeting or Intent.Thanks or Intent.Continue or Intent.Unknown) && h.Tier == Tier.Keyword);
        if (request != default) return IdleReading.Read(sentence, [request]);

        // "Sumarni? wonge loro", "20rb apa 25rb ya", "udah... eh belum kayaknya": nothing to book until it is clear.
        if (sentence.Asks || sentence.Has(WordClasses.Hedges) || sentence.Has("eh")) return Unclear;
        var amounts = AmountSpans.Find(sentence.Text);
        if (amounts.Count > 1) return Unclear;
        if (amounts.Count == 1)
        {
            if (amounts[0].Reading.Outcome == AmountOutcome.Zero) return Nothing;
            // "lima pulu": a number with an unknown word glued after it is a mistyped amount, not "lima".
            var typed = TrailedByAnUnknownWord(sentence, hits, amounts[0].Text) ? sentence.Text : amounts[0].Text;
            return Answer(Intent.Deposit, ArgumentText.Trim(typed));
        }
        if (hits.Any(h => h.Negated || h.Intent is Intent.No or Intent.Sick or Intent.Excused or Intent.AttendanceRoll)
            || sentence.Has(WordClasses.Nothing))
            return Nothing;
        if (hits.Any(h => h.Intent == Intent.Yes)) return Answer(Intent.Yes);
        var courtesy = hits.FirstOrDefault(h => h.Intent is Intent.Thanks or Intent.Greeting);
        if (courtesy != default) return Answer(courtesy.Intent);
        return Unclear;
    }

    private static readonly Reading Nothing = Answer(Intent.Deposit, "0");

    private static Reading Answer(Intent intent, string arguments = "") => new(intent, arguments) { AnswersTheRound = true };

    private static bool NamesMembers(Sentence sentence, Hit deposit) =>
        EntryLines.Parse(sentence.After(deposit.Last), long.MaxValue) is { Error: null, Lines.Count: > 0 };

    private static bool TrailedByAnUnknownWord(Sentence sentence, IReadOnlyList<Hit> hits, string amount)
    {
        var end = sentence.Text.IndexOf(amount, StringComparison.Ordinal) + amount.Length;
        var next = sentence.Tokens.Select((token, index) => (token, index)).FirstOrDefault(t => t.token.Start >= end);
        if (next.token == default || !string.IsNullOrWhiteSpace(sentence.Text[end..next.token.Start])) return false;
        return !WordClasses.Fillers.Contains(next.token.Word) && !hits.Any(h => h.First <= next.index && next.index <= h.Last);
    }

    private static readonly Reading Unclear = Answer(Intent.Unclear);

    // "nanti dulu", "mengko wae", "sik", "tunggu, orangnya belum datang".
    private static bool StartsWithLater(Sentence sentence) =>
        sentence.Tokens.Count > 0 && WordClasses.Later.Contains(sentence.Tokens[0].Word);
}
