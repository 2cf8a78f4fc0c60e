using Pkkpm.Conversations.Engine;
using Pkkpm.Conversations.Money;
using Pkkpm.Conversations.People;
using Pkkpm.Conversations.Understanding;

namespace Pkkpm.Conversations.Deposits;

/// <summary>
/// SETOR alone: the treasurer is asked for each member's deposit in list order, answers with an
/// amount, 0 (did not deposit) or LEWAT (skip), and confirms the total once at the end. Every answer
/// keeps the round alive; another command pauses it and LANJUT picks it up where it stopped.
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

    /// <summary>In a round, a number, an amount, 0, TIDAK, LEWAT or YA is an answer; other commands interrupt.</summary>
    public static bool LooksLikeAnAnswer(Reading reading, string body) =>
        !Commands.IsCommand(reading.Intent)
        || AmountParser.Parse(body).Outcome is not (AmountOutcome.NotANumber or AmountOutcome.Empty);

    public static async Task AskAsync(Turn turn, GuidedRound round)
    {
        var member = (await turn.Data.GetRosterAsync(round.GroupId, turn.CancellationToken)).First(m => m.PersonId == round.CurrentPersonId);
        turn.Say(round.AmountToConfirm is { } amount
            ? AmountTexts.AskBack(turn.Sender.Salutation, amount, member.Name)
            : $"Setoran {member.Name} ({round.Index + 1}/{round.PersonIds.Count})? Balas jumlah, 0 jika tidak setor, LEWAT untuk lewati.");
    }

    public static async Task<Next> AnswerAsync(Turn turn, Pending pending, Reading reading)
    {
        var round = pending.Round!;
        var person = round.CurrentPersonId!.Value;
        var body = turn.Message.Body.Trim();
        switch (reading.Intent)
        {
            case Intent.Skip:
                round.Index++;
                break;
            case Intent.Yes when round.AmountToConfirm is { } confirmed:
                Answer(round, person, confirmed);
                break;
            case Intent.No:
                Answer(round, person, 0);
                break;
            default:
                var amount = AmountParser.Parse(body, turn.Options.MaxAmountPerEntry);
                if (amount.Outcome is AmountOutcome.Ok or AmountOutcome.Zero) Answer(round, person, amount.Amount);
                else if (amount.Outcome == AmountOutcome.AskBack) round.AmountToConfirm = amount.Amount;
                else turn.Say(AmountTexts.Problem(amount, body, turn.Options.MaxAmountPerEntry));
                break;
        }

        if (!round.IsFinished) return Next.AskRound;
        pending.Draft = await ToDraftAsync(turn, round);
        if (pending.Draft.Total > 0) return Next.Confirm;

        turn.Say("Putaran selesai: tidak ada setoran yang dicatat.");
        pending.Draft = null;
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
    public static async Task<Draft> ToDraftAsync(Turn turn, GuidedRound round)
    {
        var roster = await turn.Data.GetRosterAsync(round.GroupId, turn.CancellationToken);
        var lines = roster.Where(m => round.Amounts.ContainsKey(m.PersonId)).Select(m => new DraftLine
        {
            PersonId = m.PersonId, Name = m.Name, ListNumber = m.ListNumber, Phone = m.Phone, Salutation = m.Salutation, Amount = round.Amounts[m.PersonId],
        });
        return new Draft
        {
            Kind = DraftKind.Setoran, GroupId = round.GroupId, GroupName = round.GroupName, FromRound = true,
            Lines = lines.ToList(), Skipped = round.PersonIds.Count - round.Amounts.Count,
        };
    }

    public static string Paused(Sender sender) => "Setoran keliling dijeda. Balas LANJUT untuk melanjutkan.";

    public static string Cancelled(Sender sender) => $"Baik {sender.Addressed}, setoran keliling dibatalkan. Tidak ada yang disimpan.";

    public static string NothingToContinue(Sender sender) => $"{sender.Addressed}, tidak ada setoran keliling yang dijeda. Ketik SETOR untuk mulai.";
}
