using Pkkpm.Conversations.Ledger;
using Pkkpm.Data.Tests.Infrastructure;
using static Pkkpm.Data.Tests.Infrastructure.Fixture;

namespace Pkkpm.Data.Tests.Stores;

/// <summary>BAYAR, then TERIMA or TOLAK: a report waits until the treasurer decides it, once.</summary>
public class RepaymentReportTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    [SkippableTheory, Providers]
    public async Task A_report_waits_and_is_found_by_its_code(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var message = Message(PainemPhone);

        var report = await db.TurnAsync(message, d => d.ReportRepaymentAsync(Mawar, Painem, PainemLoan, 55_000, None));
        var found = await db.ReadAsync(d => d.FindReportedRepaymentAsync(report.Code.ToLowerInvariant(), None));

        Assert.Equal(ReportStatus.Menunggu, report.Status);
        Assert.Equal((Mawar, Painem, "Painem", PainemPhone, PainemLoan, 55_000L), (report.GroupId, report.PersonId, report.PersonName, report.PersonPhone, report.LoanId, report.Amount));
        Assert.Equal(report, found);
        Assert.Equal(message.MessageSid, await db.ScalarAsync<string>("select source_message_sid from reported_repayments where id = @Id", new { report.Id }));
        // Only a report: the loan has not moved.
        Assert.Equal(0, Assert.Single((await db.ReadAsync(d => d.GetStatementAsync(Painem, Mawar, None))).Loans).Repaid);
    }

    [SkippableTheory, Providers]
    public async Task Accepting_records_the_treasurers_decision_once(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var report = await db.TurnAsync(Message(PainemPhone), d => d.ReportRepaymentAsync(Mawar, Painem, PainemLoan, 55_000, None));
        var decision = Message(EndangPhone);

        var entry = await db.TurnAsync(decision, async d =>
        {
            var recorded = await d.RecordEntryAsync(new NewEntry(Mawar, Painem, EntryKind.Angsuran, report.Amount, report.LoanId), None);
            await d.DecideReportedRepaymentAsync(report.Id, ReportStatus.Diterima, recorded.EntryId, None);
            return recorded;
        });

        var found = await db.ReadAsync(d => d.FindReportedRepaymentAsync(report.Code, None));
        Assert.Equal(ReportStatus.Diterima, found!.Status);
        Assert.Equal(1, await db.ScalarAsync<long>("""
            select count(*) from reported_repayments
             where id = @Id and entry_id = @EntryId and decided_by_person_id = @Endang and decided_message_sid = @Sid and decided_at is not null
            """, new { report.Id, entry.EntryId, Endang, Sid = decision.MessageSid }));
        Assert.Equal(55_000, Assert.Single((await db.ReadAsync(d => d.GetStatementAsync(Painem, Mawar, None))).Loans).Repaid);

        var again = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            db.TurnAsync(Message(EndangPhone), d => d.DecideReportedRepaymentAsync(report.Id, ReportStatus.Ditolak, null, None)));
        Assert.Contains("already decided", again.Message);
        Assert.Equal(ReportStatus.Diterima, (await db.ReadAsync(d => d.FindReportedRepaymentAsync(report.Code, None)))!.Status);
    }

    [SkippableTheory, Providers]
    public async Task Rejecting_names_no_entry_and_cannot_be_undone(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var report = await db.TurnAsync(Message(PainemPhone), d => d.ReportRepaymentAsync(Mawar, Painem, PainemLoan, 55_000, None));

        await db.TurnAsync(Message(EndangPhone), d => d.DecideReportedRepaymentAsync(report.Id, ReportStatus.Ditolak, null, None));
        var entry = await db.RecordAsync(new NewEntry(Mawar, Painem, EntryKind.Angsuran, 55_000, PainemLoan));

        Assert.Equal(ReportStatus.Ditolak, (await db.ReadAsync(d => d.FindReportedRepaymentAsync(report.Code, None)))!.Status);
        await Assert.ThrowsAsync<InvalidOperationException>(() =>
            db.TurnAsync(Message(EndangPhone), d => d.DecideReportedRepaymentAsync(report.Id, ReportStatus.Diterima, entry.EntryId, None)));
    }

    [SkippableTheory, Providers]
    public async Task A_decision_must_fit_the_report(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var report = await db.TurnAsync(Message(PainemPhone), d => d.ReportRepaymentAsync(Mawar, Painem, PainemLoan, 55_000, None));
        var deposit = await db.RecordAsync(new NewEntry(Mawar, Painem, EntryKind.Setoran, 55_000));

        await Assert.ThrowsAsync<ArgumentException>(() =>
            db.TurnAsync(Message(EndangPhone), d => d.DecideReportedRepaymentAsync(report.Id, ReportStatus.Menunggu, null, None)));
        await Assert.ThrowsAsync<ArgumentException>(() =>
            db.TurnAsync(Message(EndangPhone), d => d.DecideReportedRepaymentAsync(report.Id, ReportStatus.Diterima, null, None)));
        var notAnAngsuran = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            db.TurnAsync(Message(EndangPhone), d => d.DecideReportedRepaymentAsync(report.Id, ReportStatus.Diterima, deposit.EntryId, None)));
        await Assert.ThrowsAsync<InvalidOperationException>(() =>
            db.TurnAsync(Message(EndangPhone), d => d.DecideReportedRepaymentAsync(999, ReportStatus.Ditolak, null, None)));

        Assert.Contains("not an angsuran", notAnAngsuran.Message);
        Assert.Equal(ReportStatus.Menunggu, (await db.ReadAsync(d => d.FindReportedRepaymentAsync(report.Code, None)))!.Status);
    }

    [SkippableTheory, Providers]
    public async Task A_report_is_only_on_the_members_own_loan(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);

        await Assert.ThrowsAsync<InvalidOperationException>(() =>
            db.TurnAsync(Message(PainemPhone), d => d.ReportRepaymentAsync(Mawar, Painem, SlametLoan, 55_000, None)));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() =>
            db.TurnAsync(Message(PainemPhone), d => d.ReportRepaymentAsync(Mawar, Painem, PainemLoan, 0, None)));
        Assert.Equal(0, await db.ScalarAsync<long>("select count(*) from reported_repayments"));
    }
}
