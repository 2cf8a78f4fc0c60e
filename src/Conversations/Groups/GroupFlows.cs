using Pkkpm.Conversations.Attendance;
using Pkkpm.Conversations.Engine;
using Pkkpm.Conversations.Ledger;
using Pkkpm.Conversations.Money;
using Pkkpm.Conversations.People;
using Pkkpm.Conversations.Sms;

namespace Pkkpm.Conversations.Groups;

/// <summary>
/// DAFTAR (the group list with numbers) and REKAP (the group's totals), for the group's officers
/// and for the pendamping of the groups they accompany (who names the group: REKAP MAWAR).
/// </summary>
internal static class GroupFlows
{
    public static async Task<Next> ListMembersAsync(Turn turn, string arguments)
    {
        if (ChooseGroup(turn, arguments, "DAFTAR") is not { } group) return Next.Done;
        var roster = await turn.Data.GetRosterAsync(group.GroupId, turn.CancellationToken);
        turn.SayPaged([$"{group.Name} ({roster.Count} anggota):", .. roster.Select(m => $"{m.ListNumber} {m.Name}")], " ");
        return Next.Done;
    }

    public static async Task<Next> SummarizeAsync(Turn turn, string arguments)
    {
        if (ChooseGroup(turn, arguments, "REKAP") is not { } group) return Next.Done;
        var since = MeetingDates.WeekStart(turn.Today);
        var totals = await turn.Data.GetGroupTotalsAsync(group.GroupId, since, turn.CancellationToken);
        var running = totals.Loans.Where(l => l.Loan.Outstanding > 0).ToList();
        var behind = running.Where(l => l.Loan.Arrears(turn.Today) > 0).Select(l => l.PersonId).Distinct().Count();
        var borrowers = running.Select(l => l.PersonId).Distinct().Count();
        var (savings, owed) = (Rupiah.Format(totals.Savings), Rupiah.Format(running.Sum(l => l.Loan.Outstanding)));
        var (deposits, repayments) = (Rupiah.Format(totals.DepositsSince), Rupiah.Format(totals.RepaymentsSince));
        var rekap = $"Rekap {group.Code} {turn.Today:dd/MM}: tabungan {savings}, sisa pinjaman {owed}. " +
                    $"Minggu ini setoran {deposits}, angsuran {repayments}. Menunggak {behind} dari {borrowers} peminjam.";
        // A long code and 9-digit totals: without the date, in RIWAYAT's short words (setor, angsur).
        var shorter = $"Rekap {group.Code}: tabungan {savings}, sisa pinjaman {owed}. " +
                      $"Minggu ini setor {deposits}, angsur {repayments}. Menunggak {behind} dari {borrowers} peminjam.";
        turn.Say(SmsLength.FitsOneSegment(rekap) ? rekap : shorter);
        return Next.Done;
    }

    /// <summary>The sender's own group; a pendamping with several groups names one by its code.</summary>
    private static GroupRef? ChooseGroup(Turn turn, string arguments, string command)
    {
        var sender = turn.Sender;
        var (code, _) = CodeArgument.Split(arguments);
        if (code is null && sender.Groups.Count == 1) return sender.Groups[0];
        if (code is null && sender.Role != Role.Pendamping) return sender.HomeGroup;

        var group = sender.Groups.FirstOrDefault(g => g.Code.Equals(code, StringComparison.OrdinalIgnoreCase));
        if (group is null)
            turn.Say(SmsPages.ListWithin($"Tulis: {command} kode kelompok. Kelompok {sender.Addressed}: ", sender.Groups.Select(g => g.Code).ToList(), "."));
        return group;
    }
}
