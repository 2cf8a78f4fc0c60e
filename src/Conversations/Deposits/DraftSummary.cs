using Pkkpm.Conversations.Money;
using Pkkpm.Conversations.People;
using Pkkpm.Conversations.Repayments;

namespace Pkkpm.Conversations.Deposits;

/// <summary>The draft as the person confirms it: every member and amount, the total, and YA/BATAL.</summary>
internal static class DraftSummary
{
    public static IEnumerable<string> Lines(Sender sender, Draft draft)
    {
        var prompt = DraftTexts.ConfirmPrompt(draft);
        var question = draft.Question ?? (draft.Kind == DraftKind.Bayar ? MemberPayments.Question(sender, draft.Total) : null);
        // Two lines: when a long name or place makes them too long for one SMS, they go as two.
        if (question is not null) return [question, prompt];

        var paid = draft.Lines.Where(l => l.Amount > 0).ToList();
        if (draft.FromRound)
        {
            var none = draft.Lines.Count(l => l.Amount == 0);
            return [$"Setoran keliling {draft.GroupName}: {paid.Count} anggota setor, total {Rupiah.Format(draft.Total)}. Tidak setor {none}, dilewati {draft.Skipped}. {prompt}"];
        }
        if (paid.Count == 1)
        {
            var line = paid[0];
            return [$"{DraftTexts.Capitalize(DraftTexts.Noun(draft))} {line.Name} {Rupiah.Format(line.Amount!.Value)}. {prompt}"];
        }

        var items = DraftTexts.Items(draft).ToList();
        return [$"{DraftTexts.Capitalize(DraftTexts.Noun(draft))} {paid.Count} anggota:", .. items.Select((item, i) => i < items.Count - 1 ? item + "," : item + "."),
            $"Total {Rupiah.Format(draft.Total)}.", prompt];
    }
}
