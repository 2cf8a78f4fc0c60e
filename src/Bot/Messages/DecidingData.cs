using Pkkpm.Conversations;
using Pkkpm.Conversations.Attendance;
using Pkkpm.Conversations.Balance;
using Pkkpm.Conversations.Broadcasts;
using Pkkpm.Conversations.Groups;
using Pkkpm.Conversations.Ledger;
using Pkkpm.Conversations.Loans;
using Pkkpm.Conversations.Meetings;
using Pkkpm.Conversations.People;
using Pkkpm.Conversations.Tips;

namespace Pkkpm.Bot.Messages;

/// <summary>
/// What a turn decided outside the writer may use: every read goes through to the snapshot; the
/// first write (or hold on a member's books) stops the turn with <see cref="TurnMustRecord"/>, so a
/// turn that records anything always runs whole inside the writer, where its limits hold.
/// </summary>
public sealed partial class DecidingData(IConversationData reads) : IConversationData
{
    public Task<Sender?> FindSenderAsync(string phone, CancellationToken cancellationToken) => reads.FindSenderAsync(phone, cancellationToken);

    public Task<IReadOnlyList<RosterMember>> GetRosterAsync(long groupId, CancellationToken cancellationToken) => reads.GetRosterAsync(groupId, cancellationToken);

    public Task<IReadOnlyList<Officer>> GetOfficersAsync(long groupId, CancellationToken cancellationToken) => reads.GetOfficersAsync(groupId, cancellationToken);

    public Task<MeetingSchedule> GetMeetingScheduleAsync(long groupId, CancellationToken cancellationToken) => reads.GetMeetingScheduleAsync(groupId, cancellationToken);

    public Task<MemberStatement> GetStatementAsync(long personId, long groupId, CancellationToken cancellationToken) => reads.GetStatementAsync(personId, groupId, cancellationToken);

    public Task<GroupTotals> GetGroupTotalsAsync(long groupId, DateOnly since, CancellationToken cancellationToken) => reads.GetGroupTotalsAsync(groupId, since, cancellationToken);

    public Task<EntryInfo?> FindEntryAsync(string code, CancellationToken cancellationToken) => reads.FindEntryAsync(code, cancellationToken);

    public Task<IReadOnlyList<EntryInfo>> GetRecentEntriesAsync(long personId, long groupId, int limit, CancellationToken cancellationToken) =>
        reads.GetRecentEntriesAsync(personId, groupId, limit, cancellationToken);

    public Task<ReportedRepayment?> FindReportedRepaymentAsync(string code, CancellationToken cancellationToken) => reads.FindReportedRepaymentAsync(code, cancellationToken);

    public Task<IReadOnlyDictionary<long, AttendanceStatus>> GetAttendanceAsync(long groupId, DateOnly meetingOn, CancellationToken cancellationToken) =>
        reads.GetAttendanceAsync(groupId, meetingOn, cancellationToken);

    public Task<Audience> GetAudienceAsync(IReadOnlyList<long> groupIds, CancellationToken cancellationToken) => reads.GetAudienceAsync(groupIds, cancellationToken);

    public Task<BroadcastProgress?> GetBroadcastProgressAsync(long broadcastId, CancellationToken cancellationToken) => reads.GetBroadcastProgressAsync(broadcastId, cancellationToken);

    public Task<ScheduledMeeting?> GetNextScheduledMeetingAsync(long groupId, DateTimeOffset from, CancellationToken cancellationToken) =>
        reads.GetNextScheduledMeetingAsync(groupId, from, cancellationToken);

    // --- everything below records: the turn goes to the writer.
    public Task<RecordedEntry> RecordEntryAsync(NewEntry entry, CancellationToken cancellationToken) => throw new TurnMustRecord("a ledger entry");

    public Task HoldBooksAsync(IReadOnlyCollection<long> personIds, CancellationToken cancellationToken) => throw new TurnMustRecord("members' books");

    public Task<ReportedRepayment> ReportRepaymentAsync(long groupId, long personId, long loanId, long amount, CancellationToken cancellationToken) =>
        throw new TurnMustRecord("a reported repayment");

    public Task DecideReportedRepaymentAsync(long reportId, ReportStatus decision, long? entryId, CancellationToken cancellationToken) =>
        throw new TurnMustRecord("a decision on a reported repayment");

    public Task OpenDisputeAsync(long entryId, string? reason, CancellationToken cancellationToken) => throw new TurnMustRecord("a dispute");

    public Task CloseDisputesAsync(long entryId, string resolution, CancellationToken cancellationToken) => throw new TurnMustRecord("a dispute closed");

    public Task SetAttendanceAsync(long groupId, long personId, DateOnly meetingOn, AttendanceStatus status, string? reason, CancellationToken cancellationToken) =>
        throw new TurnMustRecord("attendance");

    public Task SetOptedOutAsync(long personId, bool optedOut, CancellationToken cancellationToken) => throw new TurnMustRecord("an opt-out");

    public Task<BroadcastSent> BroadcastAsync(IReadOnlyList<long> groupIds, string body, string kind, Audience? counted, CancellationToken cancellationToken) =>
        throw new TurnMustRecord("a broadcast");

    public Task<ScheduledMeeting> ScheduleMeetingAsync(long groupId, DateTimeOffset startsAt, DateOnly meetingOn, string place, string? pasaran, DateTimeOffset? remindAt, CancellationToken cancellationToken) =>
        throw new TurnMustRecord("a meeting");

    public Task<Tip?> TakeNextTipAsync(long personId, string? category, CancellationToken cancellationToken) => throw new TurnMustRecord("a tip given");

    public Task<bool> SetTipSubscriptionAsync(long personId, bool subscribed, CancellationToken cancellationToken) => throw new TurnMustRecord("a tip subscription");

    // --- people managed by their pendamping: reads go through, changes go to the writer.
    public Task<PersonOnFile?> FindPersonAsync(string phone, CancellationToken cancellationToken) => reads.FindPersonAsync(phone, cancellationToken);

    public Task<GroupRef?> FindGroupAsync(string code, CancellationToken cancellationToken) => reads.FindGroupAsync(code, cancellationToken);

    public Task<long> RegisterMemberAsync(long groupId, string phone, string name, string salutation, long? returningPersonId, CancellationToken cancellationToken) =>
        throw new TurnMustRecord("a new member");

    public Task ChangePhoneAsync(long personId, string oldPhone, string newPhone, CancellationToken cancellationToken) => throw new TurnMustRecord("a number change");

    public Task LeaveGroupAsync(long personId, long groupId, CancellationToken cancellationToken) => throw new TurnMustRecord("a member leaving");

    public Task NameOfficerAsync(long groupId, long personId, Role role, long? previousPersonId, CancellationToken cancellationToken) =>
        throw new TurnMustRecord("a new officer");
    // --- loans and arrears
    public Task<IReadOnlyList<MemberLoan>> GetGroupLoansAsync(long groupId, CancellationToken cancellationToken) => reads.GetGroupLoansAsync(groupId, cancellationToken);

    public Task<long> RecordLoanAsync(NewLoan loan, CancellationToken cancellationToken) => throw new TurnMustRecord("a loan");

    public Task<bool> SetArrearsReminderAsync(long personId, bool wanted, CancellationToken cancellationToken) => throw new TurnMustRecord("an arrears reminder");
}
