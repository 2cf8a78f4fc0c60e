using Pkkpm.Data.Monitoring;
using static Pkkpm.Bot.ProgrammeConsole.Exports.ExportCell;

namespace Pkkpm.Bot.ProgrammeConsole.Exports;

/// <summary>
/// The console's tables as exports, one function each. Headers are Indonesian, as on the pages;
/// money stays whole rupiah numbers, so the file adds up as the page does. No phone numbers.
/// </summary>
public static class MonitoringExports
{
    public static ExportTable ArrearsList(string title, IReadOnlyList<MemberInArrears> members) => new(title,
        ["Nama", "Kode kelompok", "Kelompok", "Desa", "Tunggakan", "Angsuran tertunggak", "Hari terlambat", "Sisa pinjaman"],
        members.Select(m => Row(Text(m.Name), Text(m.GroupCode), Text(m.GroupName), Text(m.Village), Money(m.Arrears),
            Count(m.InstalmentsLate), Count(m.DaysLate), Money(m.Outstanding))).ToList());

    public static ExportTable MemberList(string title, IReadOnlyList<MemberRow> members) => new(title,
        ["No.", "Nama", "Peran", "Berhenti pesan", "Saldo simpanan", "Setoran periode", "Angsuran periode", "Sisa pinjaman", "Tunggakan"],
        members.Select(m => Row(Count(m.ListNumber), Text(m.Name), Text(m.Role), Text(m.OptedOut ? "ya" : "tidak"),
            Money(m.Figures.SavingsBalance), Money(m.Figures.Deposits), Money(m.Figures.Repayments),
            Money(m.Figures.Outstanding), Money(m.Figures.Arrears))).ToList());

    /// <summary>The ledger with its codes and sources; a reversal counts negative and names the entry it reverses.</summary>
    public static ExportTable Statement(string title, IReadOnlyList<StatementRow> entries) => new(title,
        ["Tanggal", "Kode", "Jenis", "Jumlah", "Membatalkan", "Dibatalkan oleh", "Dicatat oleh", "Peran pencatat", "Sumber", "Ref. sumber", "Catatan"],
        entries.Select(e => Row(Date(e.OccurredOn), Text(e.Code), Text(e.Kind), Money(e.SignedAmount), Text(e.ReversesCode),
            Text(e.ReversedByCode), Text(e.RecordedByName), Text(e.RecordedByRole), Text(e.Source), Text(e.SourceRef), Text(e.Note))).ToList());

    public static ExportTable GroupFigures(string title, IReadOnlyList<GroupRow> groups) => new(title,
        ["Kode", "Kelompok", "Desa", "Anggota", "Saldo simpanan", "Setoran periode", "Angsuran periode", "Sisa pinjaman", "Tunggakan", "Pinjaman menunggak"],
        groups.Select(g => Row(Text(g.Code), Text(g.Name), Text(g.Village), Count(g.Figures.Members), Money(g.Figures.SavingsBalance),
            Money(g.Figures.Deposits), Money(g.Figures.Repayments), Money(g.Figures.Outstanding), Money(g.Figures.Arrears),
            Count(g.Figures.LoansInArrears))).ToList());

    public static ExportTable WeeklyTrend(string title, IReadOnlyList<WeeklyTrendPoint> weeks) => new(title,
        ["Minggu mulai", "Setoran", "Angsuran", "Hadir", "Izin", "Sakit", "Alpa", "Tingkat hadir"],
        weeks.Select(w => Row(Date(w.WeekStart), Money(w.Deposits), Money(w.Repayments), Count(w.Attendance.Hadir),
            Count(w.Attendance.Izin), Count(w.Attendance.Sakit), Count(w.Attendance.Alpa), Percent(w.Attendance.HadirRate.Value))).ToList());

    private static IReadOnlyList<ExportCell> Row(params ExportCell[] cells) => cells;
}
