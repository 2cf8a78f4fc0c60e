using Pkkpm.Conversations.People;

namespace Pkkpm.Conversations.Understanding;

/// <summary>
/// The loan words read by who writes them. CAIR records a disbursement only from a pendamping; from a
/// member "pinjaman sy kapan cair?" asks about her own loan. TUNGGAKAN lists the group's arrears for its bendahara
/// and pendamping; a member asking "tunggakan sy ada?" still gets her own SALDO, and so does a
/// bendahara asking about herself ("tunggakan saya brp", "aku nunggak ora"). A CAIR that opens the
/// message stays CAIR for anyone, so a bendahara who types it is told who records disbursements.
/// </summary>
internal static class LoanRequestRules
{
    private static readonly string[] ArrearsStems = ["tunggak", "nunggak"];

    /// <summary>The hit as this sender means it, or null to drop it.</summary>
    public static Hit? Apply(Sentence sentence, Hit hit, ReadingContext context)
    {
        var officer = context.Role is Role.Pendamping or Role.Bendahara;
        return hit.Intent switch
        {
            // CAIR typed as a command is refused to a non-pendamping; "pinjamanku kapan cair?" asks about her loan.
            Intent.Disburse when context.Role != Role.Pendamping && !IdleReading.OpensTheMessage(sentence, hit) => hit with { Intent = Intent.Loan },
            Intent.ArrearsList when !officer || AboutHerself(sentence) && context.Role != Role.Pendamping => hit with { Intent = Intent.Loan },
            Intent.Loan when SaysArrears(sentence, hit) && (context.Role == Role.Pendamping
                || context.Role == Role.Bendahara && IdleReading.OpensTheMessage(sentence, hit) && !AboutHerself(sentence)) =>
                hit with { Intent = Intent.ArrearsList },
            _ => hit,
        };
    }

    private static bool SaysArrears(Sentence sentence, Hit hit) =>
        Enumerable.Range(hit.First, hit.Last - hit.First + 1)
            .Any(i => ArrearsStems.Any(stem => sentence.Tokens[i].Word.StartsWith(stem, StringComparison.Ordinal)));

    // "tunggakan saya", "tunggakanku", "aku nunggak": her own loan, which SALDO answers.
    private static bool AboutHerself(Sentence sentence) =>
        sentence.Tokens.Any(t => t.Word is "saya" or "ku" || t.Word.Length > 5 && t.Word.EndsWith("ku", StringComparison.Ordinal));
}
