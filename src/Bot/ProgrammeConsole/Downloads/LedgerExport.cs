using Pkkpm.Bot.ProgrammeConsole.Exports;
using Pkkpm.Data.Monitoring;
using static Pkkpm.Bot.ProgrammeConsole.Exports.ExportCell;

namespace Pkkpm.Bot.ProgrammeConsole.Downloads;

/// <summary>
/// A group's or a village's ledger: the member statement's columns (MonitoringExports.Statement)
/// with whose entry each is in front, so one file reconciles with the treasurer's book.
/// </summary>
public static class LedgerExport
{
    public static ExportTable Table(string title, IReadOnlyList<LedgerRow> rows)
    {
        var statement = MonitoringExports.Statement(title, rows.Select(r => r.Entry).ToList());
        return new ExportTable(title, ["Anggota", "Kode kelompok", "Desa", .. statement.Headers],
            rows.Select((r, i) => (IReadOnlyList<ExportCell>)[Text(r.MemberName), Text(r.GroupCode), Text(r.Village), .. statement.Rows[i]]).ToList());
    }
}
