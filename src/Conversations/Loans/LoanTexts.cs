using System.Globalization;
using Pkkpm.Conversations.Deposits;
using Pkkpm.Conversations.Money;
using Pkkpm.Conversations.People;
using Pkkpm.Conversations.Sms;

namespace Pkkpm.Conversations.Loans;

/// <summary>What CAIR says: how to write it, why it is refused, the summary and the member's schedule.</summary>
internal static class LoanTexts
{
    public static string Usage(Sender sender) =>
        $"Tulis: CAIR nama jumlah kali x mingguan/bulanan, misalnya CAIR Sri 2jt 50x mingguan. Untuk kelompok tertentu: CAIR {sender.Groups.FirstOrDefault()?.Code ?? "MAWAR"} Sri 2jt 50x mingguan.";

    public static string NotFound(string name) =>
        $"{AmountTexts.Short(name)} tidak ada di daftar anggota kelompok dampingan Anda. Ketik DAFTAR kode kelompok untuk melihat nama.";

    public static string Ambiguous(string name, IEnumerable<string> candidates) =>
        SmsPages.ListWithin($"Ada beberapa {AmountTexts.Short(name)}: ", candidates.ToList(), ". Tulis nama lengkap, atau CAIR KODE nama ...");

    public static string RunningLoan(string member, long outstanding) =>
        $"{member} masih punya sisa pinjaman {Rupiah.Format(outstanding)}. Pinjaman baru bisa dicairkan setelah lunas. Tidak ada yang dicatat.";

    public static string GroupInArrears(string groupName, string code, int days) =>
        $"{groupName} punya anggota menunggak lebih dari {days} hari. Kelompok yang menunggak belum bisa meminjam lagi (tanggung renteng). Lihat: TUNGGAKAN {code}";

    public static string PrincipalOutOfBounds(LoanOptions options) =>
        $"Pinjaman minimal {Rupiah.Format(options.MinPrincipal)} dan maksimal {Rupiah.Format(options.MaxPrincipal)}. Mohon periksa jumlahnya. Tidak ada yang dicatat.";

    public static string CountOutOfBounds(LoanFrequency frequency) =>
        $"Angsuran {LoanCadence.Code(frequency)} bisa 1 sampai {LoanCadence.MaxInstalments(frequency)} kali. Mohon periksa jumlahnya. Tidak ada yang dicatat.";

    public static string InstalmentTooSmall(LoanTerms terms) =>
        $"Angsuran {Rupiah.Format(terms.Instalment)} x {terms.Instalments} = {Rupiah.Format(terms.Total)}, kurang dari pinjaman {Rupiah.Format(terms.Principal)}. Mohon periksa lagi.";

    public static string Date(DateOnly day) => day.ToString("dd/MM/yy", CultureInfo.InvariantCulture);

    public static string Percent(decimal percent) => percent.ToString("0.##", CultureInfo.GetCultureInfo("id-ID"));

    /// <summary>The summary's lines: the loan, then its instalments.</summary>
    public static IEnumerable<string> Summary(LoanRequest draft)
    {
        yield return $"Cair ke {draft.MemberSalutation} {draft.MemberName} ({draft.GroupName}): pinjaman {Rupiah.Format(draft.Principal)}, " +
                     $"jasa {Percent(draft.FeePercent)}%/bln {Rupiah.Format(draft.Fee)}.";
        var rounding = draft.InstalmentGiven ? "" : " (dibulatkan ke atas ke Rp500)";
        yield return $"Angsuran {Rupiah.Format(draft.Instalment)} x {draft.Instalments} {LoanCadence.Code(draft.Frequency)}{rounding}, " +
                     $"pertama {Date(draft.FirstDue)}. Total dikembalikan {Rupiah.Format(draft.Instalment * draft.Instalments)}.";
    }

    /// <summary>The member's schedule, in one SMS: the group's name goes first when it does not fit.</summary>
    public static string Schedule(LoanRequest draft, Loan loan, Sender pendamping)
    {
        var from = $" dari {draft.GroupName}";
        string Text(string group) =>
            $"{draft.MemberAddressed}, pinjaman {Rupiah.Format(loan.Principal)}{group} cair {Date(loan.DisbursedOn)}. Angsuran {Rupiah.Format(loan.InstalmentAmount)} " +
            $"x {loan.Instalments} {LoanCadence.Code(loan.Frequency)}, {Date(loan.DueDate(1))} s/d {Date(loan.DueDate(loan.Instalments))}. " +
            $"Total {Rupiah.Format(loan.TotalToRepay)}. -{pendamping.FirstName}";
        var whole = Gsm7Text.Fold(Text(from));
        return SmsLength.FitsOneSegment(whole) ? whole : Gsm7Text.Fold(Text(""));
    }

    public static string Recorded(LoanRequest draft) =>
        $"Pinjaman {draft.MemberAddressed} {Rupiah.Format(draft.Principal)} tercatat. Jadwal angsuran dikirim ke {draft.MemberAddressed}.";
}
