using Pkkpm.Conversations.Engine;
using Pkkpm.Conversations.Loans;
using Pkkpm.Conversations.People;

namespace Pkkpm.Conversations.Arrears;

/// <summary>
/// TUNGGAKAN: who is behind, oldest arrears first, with the amount and the instalments late. A
/// bendahara sees her group; a pendamping all her groups, or one (TUNGGAKAN MAWAR).
/// </summary>
internal static class ArrearsFlow
{
    public static async Task<Next> ListAsync(Turn turn, string arguments)
    {
        var sender = turn.Sender;
        var typed = arguments.Split([' ', '#', ':', ','], StringSplitOptions.RemoveEmptyEntries).FirstOrDefault();
        var groups = sender.Role == Role.Pendamping ? sender.Groups : [sender.HomeGroup!];
        var named = typed is null ? null : groups.FirstOrDefault(g => g.Code.Equals(typed, StringComparison.OrdinalIgnoreCase));
        if (named is not null) groups = [named];

        var behind = new List<MemberArrears>();
        foreach (var group in groups)
        {
            var roster = (await turn.Data.GetRosterAsync(group.GroupId, turn.CancellationToken)).ToDictionary(m => m.PersonId);
            var loans = await turn.Data.GetGroupLoansAsync(group.GroupId, turn.CancellationToken);
            behind.AddRange(loans
                .Where(l => roster.ContainsKey(l.PersonId) && l.Loan.Arrears(turn.Today) > 0)
                .GroupBy(l => l.PersonId)
                .Select(m => new MemberArrears(roster[m.Key].Name, group.Code,
                    m.Sum(l => l.Loan.Arrears(turn.Today)), m.Sum(l => l.Loan.InstalmentsLate(turn.Today)), m.Max(l => l.Loan.DaysLate(turn.Today)))));
        }

        var where = groups.Count == 1 ? groups[0].Name : $"{groups.Count} kelompok";
        if (behind.Count == 0)
        {
            turn.Say($"Tidak ada anggota {where} yang menunggak per {LoanTexts.Date(turn.Today)}. Terima kasih {sender.Addressed} sudah memantau.");
            return Next.Done;
        }
        var lines = behind.OrderByDescending(b => b.DaysLate).ThenByDescending(b => b.Amount)
            .Select(b => b.Line(withGroup: groups.Count > 1)).ToList();
        foreach (var page in ArrearsPages.Build($"Tunggakan {where}", lines)) turn.Say(page);
        return Next.Done;
    }
}
