using Pkkpm.Conversations.Money;
using Pkkpm.Conversations.People;

namespace Pkkpm.Conversations.Balance;

/// <summary>
/// The SALDO answer read aloud to a caller: the same figures as <see cref="BalanceReply"/>, in
/// whole sentences and with every amount and date in words ("lima puluh ribu rupiah"), since a
/// listener cannot go back to an abbreviation or a figure she missed.
/// </summary>
public static class SpokenBalance
{
    private static readonly string[] Months =
        ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember"];

    private const string Closing = "Rinciannya kami kirim juga lewat SMS. Terima kasih.";

    public static string For(Sender member, MemberStatement statement, DateOnly today)
    {
        var head = $"{member.Addressed}, tabungan {member.Salutation} {RupiahWords.Say(statement.Savings)}.";
        var loans = statement.RunningLoans.ToList();
        if (loans.Count == 0) return $"{head} {member.Salutation} tidak punya pinjaman. {Closing}";

        var outstanding = $"Sisa pinjaman {RupiahWords.Say(loans.Sum(l => l.Outstanding))}.";
        var arrears = loans.Sum(l => l.Arrears(today));
        if (arrears > 0)
        {
            var late = loans.Sum(l => l.InstalmentsLate(today));
            return $"{head} {outstanding} Tunggakan {RupiahWords.Say(arrears)}, {RupiahWords.Number(late)} kali angsuran. Mohon segera dibayar. {Closing}";
        }

        var next = loans.Select(l => l.NextInstalment()).OfType<(long Amount, DateOnly Due)>().MinBy(n => n.Due);
        return $"{head} {outstanding} Angsuran berikutnya {RupiahWords.Say(next.Amount)}, tanggal {Date(next.Due)}. {Closing}";
    }

    /// <summary>What SALDO's refusal says, for a pendamping who calls.</summary>
    public static string MembersOnly(Sender sender) =>
        $"Maaf {sender.Addressed}, cek saldo hanya untuk anggota kelompok. Terima kasih.";

    private static string Date(DateOnly date) => $"{RupiahWords.Number(date.Day)} {Months[date.Month - 1]}";
}
