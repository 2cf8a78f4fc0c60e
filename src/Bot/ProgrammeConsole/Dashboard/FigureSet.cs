using Pkkpm.Data.Monitoring;

namespace Pkkpm.Bot.ProgrammeConsole.Dashboard;

/// <summary>Every figure family for one scope and period: what the dashboard, a village and a KPB page show.</summary>
public sealed record FigureSet(
    MeetingFigures Meetings, AttendanceFigures Attendance, SavingsFigures Savings, LoanFigures Loans,
    IReadOnlyList<MemberInArrears> InArrears, FollowUpFigures FollowUp, OutboundFigures Outbound, IReadOnlyList<WeeklyTrendPoint> Trend)
{
    // The list on a page; the download has them all.
    public const int ArrearsShown = 50;

    // One query per family, each a single round trip over the whole scope, never one per group or
    // member. At a million members they are a second or two of CPU between them, most of it the loan
    // book. So the page reads in two lanes at once: one connection computes the loan book once for
    // the loan figures, the members in arrears and the page's own list (villages, KPB or members,
    // given as alongside), the other reads the rest; the list's members and money, which need no
    // book, take a third reader for a moment (MonitoringFigures.SummariesAsync), in turn with the
    // other lane's families: never more than two reads at once, so on two cores the book keeps one
    // to itself. Not more readers: they are shared with the messages' turns, and a page must not
    // take them all.
    public static async Task<FigureSet> LoadAsync(MonitoringFigures figures, MonitoringScope scope, ReportPeriod period, CancellationToken cancellationToken,
        Func<MonitoringFigures, Task>? alongside = null)
    {
        LoanFigures loans = null!;
        IReadOnlyList<MemberInArrears> inArrears = null!;
        MeetingFigures meetings = null!;
        AttendanceFigures attendance = null!;
        SavingsFigures savings = null!;
        FollowUpFigures followUp = null!;
        OutboundFigures outbound = null!;
        IReadOnlyList<WeeklyTrendPoint> trend = null!;
        var otherLane = new ReadingLane();
        await InTwoLanes(
            () => figures.SharingLoanBookAsync(async shared =>
            {
                // The list first: its members and money start on their own reader at once, and are
                // in by the time its loans have the book.
                if (alongside is not null) await alongside(shared);
                loans = await shared.GetLoansAsync(scope, period, cancellationToken);
                inArrears = await shared.GetMembersInArrearsAsync(scope, period, ArrearsShown + 1, cancellationToken);
                return true;
            }, cancellationToken, otherLane),
            async () =>
            {
                trend = await otherLane.RunAsync(() => figures.GetWeeklyTrendAsync(scope, period.To, cancellationToken), cancellationToken);
                savings = await otherLane.RunAsync(() => figures.GetSavingsAsync(scope, period, cancellationToken), cancellationToken);
                meetings = await otherLane.RunAsync(() => figures.GetMeetingsAsync(scope, period, cancellationToken), cancellationToken);
                attendance = await otherLane.RunAsync(() => figures.GetAttendanceAsync(scope, period, cancellationToken), cancellationToken);
                followUp = await otherLane.RunAsync(() => figures.GetFollowUpAsync(scope, cancellationToken), cancellationToken);
                outbound = await otherLane.RunAsync(() => figures.GetOutboundAsync(scope, period, cancellationToken), cancellationToken);
            });
        return new(meetings, attendance, savings, loans, inArrears, followUp, outbound, trend);
    }

    // SQLite runs a query on the thread that calls it, even through an async method: each lane
    // starts on the thread pool so the two really run at once.
    private static Task InTwoLanes(Func<Task> first, Func<Task> second) => Task.WhenAll(Task.Run(first), Task.Run(second));
}
