using Pkkpm.Conversations.Engine;
using Pkkpm.Conversations.Ledger;
using Pkkpm.Conversations.Money;
using Pkkpm.Conversations.People;
using Pkkpm.Conversations.Understanding;

namespace Pkkpm.Conversations.Deposits;

/// <summary>
/// SETOR alone: the treasurer is asked for each member's deposit in list order, answers with an
/// amount, 0 or any way of saying "did not save" (belum, kosong, ora setor), or LEWAT, and confirms
/// the total once at the end. Every answer keeps the round alive; another command pauses it and
/// LANJUT picks it up where it stopped.
/// </summary>
internal static class GuidedRounds
{
    public static async Task<Next> StartAsync(Turn turn, Pending pending)
    {
        var group = turn.Sender.HomeGroup!;
        var roster = await turn.Data.GetRosterAsync(group.GroupId, turn.CancellationToken);
        if (roster.Count == 0)
        {
            turn.Say($"{group.Name} belum punya anggota terdaftar.");
            return Next.Done;
        }
        pending.Round = new GuidedRound { GroupId = group.GroupId, GroupName = group.Name, PersonIds = roster.Select(m => m.PersonId).ToList() };
        pending.RoundPaused = false;
        return Next.AskRound;
    }

    public static async Task AskAsync(Turn turn, GuidedRound round)
    {
        var member = (await turn.Data.GetRosterAsync(round.GroupId, turn.CancellationToken)).First(m => m.PersonId == round.CurrentPersonId);
        turn.Say(round.AmountToConfirm is { } amount
            ? AmountTexts.AskBack(turn.Sender.Salutation, amount, member.Name)
            : $"Setoran {member.Name} ({round.Index + 1}/{round.PersonIds.Count})? Balas jumlah, 0 jika tidak setor, LEWAT untuk lewati.");
    }

    /// <summary>The answer for the member asked about; the reading has already told "0" from an amount.</summary>
    public static async Task<Next> AnswerAsync(Turn turn, Pending pending, Reading reading)
    {
        var round = pending.Round!;
        var person = round.CurrentPersonId!.Value;
        switch (reading.Intent)
        {
            case Intent.Skip:
                round.Index++;
                break;
            case Intent.Yes when round.AmountToConfirm is { } confirmed:
                Answer(round, person, confirmed);
                break;
            default:
                var typed = reading.Intent == Intent.Deposit ? reading.Arguments : turn.Message.Body.Trim();
                var amount = AmountLimit.Parse(typed, turn.Options.MaxAmountPerEntry);
                if (amount.Outcome is AmountOutcome.Ok or AmountOutcome.Zero) Answer(round, person, amount.Amount);
                else if (amount.Outcome == AmountOutcome.AskBack) round.AmountToConfirm = amount.Amount;
                else turn.Say(AmountTexts.Problem(amount, typed, turn.Options.MaxAmountPerEntry));
                break;
        }

        if (!round.IsFinished) return Next.AskRound;
        var draft = await ToDraftAsync(turn, round);
        if (draft.Total > 0)
        {
            pending.Draft = draft;
            return Next.Confirm;
        }

        turn.Say("Semua anggota sudah ditanya: tidak ada setoran yang dicatat.");
        pending.Round = null;
        return Next.Done;
    }

    private static void Answer(GuidedRound round, long person, long amount)
    {
        round.Amounts[person] = amount;
        round.AmountToConfirm = null;
        round.Index++;
    }

    /// <summary>The finished round as a draft, to confirm once.</summary>
    public static async Task<EntriesDraft> ToDraftAsync(Turn turn, GuidedRound round)
    {
        var roster = await turn.Data.GetRosterAsync(round.GroupId, turn.CancellationToken);
        var lines = roster.Where(m => round.Amounts.ContainsKey(m.PersonId)).Select(m => new DraftLine
        {
            PersonId = m.PersonId, Name = m.Name, Panggilan = m.Panggilan, ListNumber = m.ListNumber, Phone = m.Phone, Salutation = m.Salutation,
            Amount = round.Amounts[m.PersonId],
        });
        return new EntriesDraft
        {
            Kind = EntryKind.Setoran, GroupId = round.GroupId, GroupName = round.GroupName, FromRound = true,
            Lines = lines.ToList(), Skipped = round.PersonIds.Count - round.Amounts.Count,
        };
    }

    /// <summary>First words of the reply when another command interrupts the round: nothing is lost yet.</summary>
    public static string Paused(GuidedRound round) =>
        $"Setoran satu per satu BELUM disimpan ({round.Amounts.Count} dari {round.PersonIds.Count} anggota dijawab). Balas LANJUT untuk meneruskan.";

    public static string Cancelled(Sender sender) => $"Baik {sender.Addressed}, setoran satu per satu dibatalkan. Tidak ada yang disimpan.";

    public static string NothingToContinue(Sender sender) => $"{sender.Addressed}, tidak ada setoran yang sedang ditanyakan. Ketik SETOR untuk mulai.";
}
