using Pkkpm.Conversations.Loans;
using Pkkpm.Conversations.Money;
using Pkkpm.Conversations.People;
using Pkkpm.Conversations.Sms;

namespace Pkkpm.Conversations.Balance;

/// <summary>The SALDO answer: savings, loan outstanding and the next instalment, in one SMS.</summary>
public static class BalanceReply
{
    public static string For(Sender member, GroupRef group, MemberStatement statement, DateOnly today)
    {
        // The group's name is the part a long name and 9-digit amounts can do without.
        var answer = For(member, $" ({group.Name})", statement, today);
        return SmsLength.FitsOneSegment(answer) ? answer : For(member, "", statement, today);
    }

    private static string For(Sender member, string group, MemberStatement statement, DateOnly today)
    {
        var head = $"{member.Addressed}{group}: tabungan {Rupiah.Format(statement.Savings)}.";
        var loans = statement.RunningLoans.ToList();
        if (loans.Count == 0) return head + " Tidak ada pinjaman.";

        var outstanding = Rupiah.Format(loans.Sum(l => l.Outstanding));
        var arrears = loans.Sum(l => l.Arrears(today));
        if (arrears > 0)
        {
            var late = loans.Sum(l => l.InstalmentsLate(today));
            return $"{head} Sisa pinjaman {outstanding}, tunggakan {Rupiah.Format(arrears)} ({late}x angsuran). Mohon segera dibayar.";
        }

        var next = loans.Select(l => l.NextInstalment()).OfType<(long Amount, DateOnly Due)>().MinBy(n => n.Due);
        return $"{head} Sisa pinjaman {outstanding}, angsuran berikut {Rupiah.Format(next.Amount)} tgl {next.Due:dd/MM}.";
    }
}
