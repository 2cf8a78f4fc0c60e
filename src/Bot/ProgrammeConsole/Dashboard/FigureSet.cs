using Pkkpm.Data.Monitoring;

namespace Pkkpm.Bot.ProgrammeConsole.Dashboard;

/// <summary>Every figure family for one scope and period: what the dashboard, a village and a KPB page show.</summary>
public sealed record FigureSet(
    MeetingFigures Meetings, AttendanceFigures Attendance, SavingsFigures Savings, LoanFigures Loans,
    IReadOnlyList<MemberInArrears> InArrears, FollowUpFigures FollowUp, OutboundFigures Outbound, IReadOnlyList<WeeklyTrendPoint> Trend)
{
    // The list on a page; the download has them all.
    public const int ArrearsShown = 50;

    // One query per family, one after another: each is a single round trip over the whole scope,
    // never one per group or member.
    public static async Task<FigureSet> LoadAsync(MonitoringFigures figures, MonitoringScope scope, ReportPeriod period, CancellationToken cancellationToken)
    {
        var meetings = await figures.GetMeetingsAsync(scope, period, cancellationToken);
        var attendance = await figures.GetAttendanceAsync(scope, period, cancellationToken);
        var savings = await figures.GetSavingsAsync(scope, period, cancellationToken);
        var loans = await figures.GetLoansAsync(scope, period, cancellationToken);
        var inArrears = await figures.GetMembersInArrearsAsync(scope, period, ArrearsShown + 1, cancellationToken);
        var followUp = await figures.GetFollowUpAsync(scope, cancellationToken);
        var outbound = await figures.GetOutboundAsync(scope, period, cancellationToken);
        var trend = await figures.GetWeeklyTrendAsync(scope, period.To, cancellationToken);
        return new(meetings, attendance, savings, loans, inArrears, followUp, outbound, trend);
    }
}
