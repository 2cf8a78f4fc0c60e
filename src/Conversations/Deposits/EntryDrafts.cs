using Pkkpm.Conversations.Engine;
using Pkkpm.Conversations.Groups;
using Pkkpm.Conversations.Ledger;
using Pkkpm.Conversations.Money;
using Pkkpm.Conversations.Understanding;

namespace Pkkpm.Conversations.Deposits;

/// <summary>
/// SETOR, ANGSURAN and TARIK with members and amounts: read every pair, ask about what is unclear
/// (which Sri? Rp50.000?) one question at a time, then show the whole draft for YA.
/// Nothing is recorded before YA; a message with any bad pair is refused whole, saying which.
/// </summary>
internal static class EntryDrafts
{
    public static async Task<Next> StartAsync(Turn turn, Pending pending, EntryKind kind, string arguments)
    {
        var group = turn.Sender.HomeGroup!;
        if (string.IsNullOrWhiteSpace(arguments))
        {
            turn.Say(Usage(kind));
            return Next.Done;
        }

        var parsed = EntryLines.Parse(arguments, turn.Options.MaxAmountPerEntry);
        if (parsed.Error is { } error)
        {
            turn.Say(EntryLineTexts.Problem(error, kind));
            return Next.Done;
        }

        var roster = await turn.Data.GetRosterAsync(group.GroupId, turn.CancellationToken);
        var draft = new EntriesDraft { Kind = kind, GroupId = group.GroupId, GroupName = group.Name };
        foreach (var line in parsed.Lines)
        {
            var draftLine = new DraftLine { Name = line.Member.Text };
            switch (MemberMatcher.Match(line.Member, roster))
            {
                case MemberMatch.Found found:
                    Fill(draftLine, found.Member);
                    break;
                case MemberMatch.Ambiguous ambiguous:
                    draftLine.Candidates = ambiguous.Candidates.Select(c => c.PersonId).ToList();
                    break;
                default:
                    turn.Say(EntryLineTexts.UnknownMember(line.Member.Text, group.Name));
                    return Next.Done;
            }

            var amount = AmountLimit.Within(line.Amount, turn.Options.MaxAmountPerEntry);
            switch (amount.Outcome)
            {
                case AmountOutcome.Ok:
                    draftLine.Amount = amount.Amount;
                    break;
                case AmountOutcome.AskBack:
                    draftLine.AmountToConfirm = amount.Amount;
                    break;
                default:
                    turn.Say(AmountTexts.Problem(amount, line.AmountText, turn.Options.MaxAmountPerEntry));
                    return Next.Done;
            }
            draft.Lines.Add(draftLine);
        }

        pending.Draft = draft;
        return draft.FirstUnresolved is null ? await ReadyAsync(turn, pending, draft) : Next.Clarify;
    }

    /// <summary>All pairs are clear: check them against the books (and the maximum, which a YA to
    /// "Maksud Ibu Rp900.000?" asked under a higher one may exceed), then ask for YA.</summary>
    private static async Task<Next> ReadyAsync(Turn turn, Pending pending, EntriesDraft draft)
    {
        if (await BookChecks.ProblemAsync(turn, draft) is { } problem)
        {
            turn.Say(problem);
            pending.Draft = null;
            return Next.Done;
        }
        return Next.Confirm;
    }

    public static async Task AskClarificationAsync(Turn turn, EntriesDraft draft)
    {
        var line = draft.FirstUnresolved!;
        if (line.Candidates is { } candidates)
        {
            var roster = await turn.Data.GetRosterAsync(draft.GroupId, turn.CancellationToken);
            var choices = roster.Where(m => candidates.Contains(m.PersonId)).Select(m => $"{m.ListNumber} {m.Name}").ToList();
            // Many members of one name with long names are more than one SMS: pages, never a cut list.
            turn.SayPaged([$"Ada {candidates.Count} anggota bernama {AmountTexts.Short(line.Name)}:",
                .. choices.Select((choice, i) => choice + (i < choices.Count - 1 ? "," : ".")), "Balas nomornya."], " ");
            return;
        }
        turn.Say(AmountTexts.AskBack(turn.Sender.Salutation, line.AmountToConfirm!.Value, line.Name));
    }

    /// <summary>The answer to the open question of the first unclear line: a list number, YA, or an amount.</summary>
    public static async Task<Next> ClarifyAsync(Turn turn, Pending pending, EntriesDraft draft, Reading reading)
    {
        var line = draft.FirstUnresolved!;
        var body = turn.Message.Body.Trim();
        if (line.Candidates is { } candidates)
        {
            var roster = await turn.Data.GetRosterAsync(draft.GroupId, turn.CancellationToken);
            var chosen = int.TryParse(body.TrimEnd('.'), out var number)
                ? roster.FirstOrDefault(m => m.ListNumber == number && candidates.Contains(m.PersonId))
                : null;
            if (chosen is null) return Next.Clarify; // asked again, with the choices
            Fill(line, chosen);
            line.Candidates = null;
        }
        else if (reading.Intent == Intent.Yes)
        {
            line.Amount = line.AmountToConfirm;
            line.AmountToConfirm = null;
        }
        else
        {
            var amount = AmountLimit.Parse(body, turn.Options.MaxAmountPerEntry);
            if (amount.Outcome == AmountOutcome.Ok) (line.Amount, line.AmountToConfirm) = (amount.Amount, null);
            else if (amount.Outcome == AmountOutcome.AskBack) line.AmountToConfirm = amount.Amount;
            else turn.Say(AmountTexts.Problem(amount, body, turn.Options.MaxAmountPerEntry));
        }
        return draft.FirstUnresolved is null ? await ReadyAsync(turn, pending, draft) : Next.Clarify;
    }

    private static void Fill(DraftLine line, RosterMember member)
    {
        line.PersonId = member.PersonId;
        line.Name = member.Name;
        line.ListNumber = member.ListNumber;
        line.Phone = member.Phone;
        line.Salutation = member.Salutation;
        line.Panggilan = member.Panggilan;
    }

    private static string Usage(EntryKind kind) => kind switch
    {
        EntryKind.Angsuran => "Tulis: ANGSURAN nama jumlah, misalnya ANGSURAN Sri 50rb atau ANGSURAN 3 50rb 5 25rb.",
        EntryKind.Penarikan => "Tulis: TARIK nama jumlah, misalnya TARIK Sri 50rb.",
        _ => "Tulis: SETOR nama jumlah, misalnya SETOR Sri 50rb, Siti 25rb. Atau SETOR saja untuk ditanya satu per satu.",
    };
}
