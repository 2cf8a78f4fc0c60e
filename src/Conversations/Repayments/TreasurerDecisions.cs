using Pkkpm.Conversations.Turns;
using Pkkpm.Conversations.Corrections;
using Pkkpm.Conversations.Engine;
using Pkkpm.Conversations.Ledger;
using Pkkpm.Conversations.Money;
using Pkkpm.Conversations.Deposits;

namespace Pkkpm.Conversations.Repayments;

/// <summary>
/// TERIMA kode / TOLAK kode: the treasurer decides a repayment a member reported. TERIMA records
/// the instalment (with the usual receipt); TOLAK tells the member. TERIMA on a disputed entry
/// confirms that entry as correct and closes the dispute.
/// </summary>
internal static class TreasurerDecisions
{
    public const string Kind = OutboundKinds.Decision;

    public static async Task<Next> AcceptAsync(Turn turn, string arguments)
    {
        var group = turn.Sender.HomeGroup!;
        var (code, _) = CodeArgument.Split(arguments);
        if (code is null)
        {
            turn.Say("Tulis: TERIMA kode, misalnya TERIMA K7QA. Kode ada di pesan laporan anggota.");
            return Next.Done;
        }

        var report = await turn.Data.FindReportedRepaymentAsync(code, turn.CancellationToken);
        if (report is not null && report.GroupId == group.GroupId) return await AcceptReportAsync(turn, report);

        var entry = await turn.Data.FindEntryAsync(code, turn.CancellationToken);
        if (entry is not null && entry.GroupId == group.GroupId && entry.HasOpenDispute) return await ConfirmEntryAsync(turn, entry);

        turn.Say(CorrectionTexts.CodeNotFound(code, group.Name));
        return Next.Done;
    }

    private static async Task<Next> AcceptReportAsync(Turn turn, ReportedRepayment found)
    {
        // The member's books are held, then the report read again: a TERIMA from another treasurer,
        // or an ANGSURAN for the same loan, confirmed at the same moment, is either already in
        // what is read now or waits until this one is recorded.
        await turn.Data.HoldBooksAsync([found.PersonId], turn.CancellationToken);
        var report = await turn.Data.FindReportedRepaymentAsync(found.Code, turn.CancellationToken) ?? found;
        if (report.Status != ReportStatus.Menunggu)
        {
            turn.Say($"Laporan {report.Code} sudah {(report.Status == ReportStatus.Diterima ? "diterima" : "ditolak")} sebelumnya.");
            return Next.Done;
        }

        if (report.Amount > turn.Options.MaxAmountPerEntry)
        {
            turn.Say($"Laporan {report.Code} {Rupiah.Format(report.Amount)} melebihi batas {Rupiah.Format(turn.Options.MaxAmountPerEntry)} per catatan. Tolak dengan TOLAK {report.Code}.");
            return Next.Done;
        }

        var statement = await turn.Data.GetStatementAsync(report.PersonId, report.GroupId, turn.CancellationToken);
        var loan = statement.Loans.FirstOrDefault(l => l.LoanId == report.LoanId);
        if (loan is null || report.Amount > loan.Outstanding)
        {
            turn.Say($"Laporan {report.Code} {Rupiah.Format(report.Amount)} melebihi sisa pinjaman {report.PersonName} {Rupiah.Format(loan?.Outstanding ?? 0)}. Tolak dengan TOLAK {report.Code}.");
            return Next.Done;
        }

        var entry = await turn.Data.RecordEntryAsync(
            new NewEntry(report.GroupId, report.PersonId, EntryKind.Angsuran, report.Amount, report.LoanId, Note: $"laporan {report.Code}"),
            turn.CancellationToken);
        await turn.Data.DecideReportedRepaymentAsync(report.Id, ReportStatus.Diterima, entry.EntryId, turn.CancellationToken);
        var member = (await turn.Data.GetRosterAsync(report.GroupId, turn.CancellationToken)).First(m => m.PersonId == report.PersonId);
        await Receipts.SendAsync(turn, report.GroupId, report.PersonId, report.PersonPhone, member.Salutation, EntryKind.Angsuran, report.Amount, entry);
        turn.Say($"Diterima: angsuran {report.PersonName} {Rupiah.Format(report.Amount)} tercatat (kode {entry.Code}). Tanda terima dikirim ke anggota.");
        return Next.Done;
    }

    private static async Task<Next> ConfirmEntryAsync(Turn turn, EntryInfo entry)
    {
        await turn.Data.CloseDisputesAsync(entry.EntryId, "dikonfirmasi", turn.CancellationToken);
        var member = (await turn.Data.GetRosterAsync(entry.GroupId, turn.CancellationToken)).First(m => m.PersonId == entry.PersonId);
        turn.Send(member.Phone,
            $"{turn.Sender.ByRole} memeriksa {EntryNames.Noun(entry.Kind)} {Rupiah.Format(entry.Amount)} (kode {entry.Code}): catatan sudah benar. Bila masih ragu, hubungi pendamping.",
            Kind);
        turn.Say($"Catatan {entry.Code} dinyatakan benar; {member.Name} sudah diberi tahu.");
        return Next.Done;
    }

    public static async Task<Next> RejectAsync(Turn turn, string arguments)
    {
        var group = turn.Sender.HomeGroup!;
        var (code, reason) = CodeArgument.Split(arguments);
        var report = code is null ? null : await turn.Data.FindReportedRepaymentAsync(code, turn.CancellationToken);
        if (report is null || report.GroupId != group.GroupId)
        {
            turn.Say(code is null ? "Tulis: TOLAK kode, misalnya TOLAK K7QA." : CorrectionTexts.CodeNotFound(code, group.Name));
            return Next.Done;
        }
        if (report.Status != ReportStatus.Menunggu)
        {
            turn.Say($"Laporan {report.Code} sudah {(report.Status == ReportStatus.Diterima ? "diterima" : "ditolak")} sebelumnya.");
            return Next.Done;
        }

        await turn.Data.DecideReportedRepaymentAsync(report.Id, ReportStatus.Ditolak, null, turn.CancellationToken);
        var echoed = AmountTexts.Short(reason);
        var why = echoed.Length == 0 ? "" : $" Alasan: {echoed}{(echoed.EndsWith('.') ? "" : ".")}";
        turn.Send(report.PersonPhone,
            $"Laporan bayar angsuran {Rupiah.Format(report.Amount)} (kode {report.Code}) ditolak {turn.Sender.ByRole}.{why} Hubungi bendahara bila ada salah paham.",
            Kind);
        turn.Say($"Laporan {report.Code} ({report.PersonName}) ditolak; anggota sudah diberi tahu.");
        return Next.Done;
    }
}
