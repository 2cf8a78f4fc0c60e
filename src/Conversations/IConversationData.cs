using Pkkpm.Conversations.Attendance;
using Pkkpm.Conversations.Balance;
using Pkkpm.Conversations.Broadcasts;
using Pkkpm.Conversations.Groups;
using Pkkpm.Conversations.Ledger;
using Pkkpm.Conversations.Loans;
using Pkkpm.Conversations.Meetings;
using Pkkpm.Conversations.People;
using Pkkpm.Conversations.Tips;

namespace Pkkpm.Conversations;

/// <summary>
/// What a conversation reads and records while it decides. The store implements it on the turn's
/// own transaction (so a turn sees exactly what it commits against, and a failed turn leaves
/// nothing behind) and attributes every record to the turn's sender and inbound message.
/// Tests give it an in-memory fake.
/// </summary>
public interface IConversationData
{
    // --- people and groups
    Task<Sender?> FindSenderAsync(string phone, CancellationToken cancellationToken);

    /// <summary>The group's members (not its pendamping) in list order.</summary>
    Task<IReadOnlyList<RosterMember>> GetRosterAsync(long groupId, CancellationToken cancellationToken);

    /// <summary>The group's bendahara and its pendamping(s), to tell them about reports and disputes.</summary>
    Task<IReadOnlyList<Officer>> GetOfficersAsync(long groupId, CancellationToken cancellationToken);

    Task<MeetingSchedule> GetMeetingScheduleAsync(long groupId, CancellationToken cancellationToken);

    // --- money
    Task<MemberStatement> GetStatementAsync(long personId, long groupId, CancellationToken cancellationToken);

    Task<GroupTotals> GetGroupTotalsAsync(long groupId, DateOnly since, CancellationToken cancellationToken);

    /// <summary>The entry with that code (any case), or null.</summary>
    Task<EntryInfo?> FindEntryAsync(string code, CancellationToken cancellationToken);

    /// <summary>A member's latest entries in a group, newest first.</summary>
    Task<IReadOnlyList<EntryInfo>> GetRecentEntriesAsync(long personId, long groupId, int limit, CancellationToken cancellationToken);

    Task<RecordedEntry> RecordEntryAsync(NewEntry entry, CancellationToken cancellationToken);

    /// <summary>
    /// Holds these members' books until the turn ends, so a limit checked after this (no withdrawal
    /// above the savings, no instalment above the outstanding, an entry reversed once) still holds
    /// when the turn records: another turn holding any of them waits until this one is committed,
    /// then reads what it recorded. Call it once a turn, with every member the turn will check,
    /// before reading their books.
    /// </summary>
    Task HoldBooksAsync(IReadOnlyCollection<long> personIds, CancellationToken cancellationToken);

    // --- repayments members report (BAYAR), decided by the treasurer (TERIMA / TOLAK)
    Task<ReportedRepayment> ReportRepaymentAsync(long groupId, long personId, long loanId, long amount, CancellationToken cancellationToken);

    Task<ReportedRepayment?> FindReportedRepaymentAsync(string code, CancellationToken cancellationToken);

    /// <summary>Marks a waiting report decided; <paramref name="entryId"/> is the angsuran recorded on acceptance.</summary>
    Task DecideReportedRepaymentAsync(long reportId, ReportStatus decision, long? entryId, CancellationToken cancellationToken);

    // --- disputes (SALAH): open until the entry is reversed or the treasurer confirms it
    Task OpenDisputeAsync(long entryId, string? reason, CancellationToken cancellationToken);

    /// <summary>Closes the entry's open disputes: "dikoreksi" (reversed) or "dikonfirmasi" (confirmed correct).</summary>
    Task CloseDisputesAsync(long entryId, string resolution, CancellationToken cancellationToken);

    // --- attendance
    Task<IReadOnlyDictionary<long, AttendanceStatus>> GetAttendanceAsync(long groupId, DateOnly meetingOn, CancellationToken cancellationToken);

    /// <summary>Sets (or replaces) one member's attendance at one meeting.</summary>
    Task SetAttendanceAsync(long groupId, long personId, DateOnly meetingOn, AttendanceStatus status, string? reason, CancellationToken cancellationToken);

    // --- opting out of bulk messages (BERHENTI / MULAI)
    Task SetOptedOutAsync(long personId, bool optedOut, CancellationToken cancellationToken);

    // --- broadcasts (UMUMKAN, and the notice of a RAPAT)
    /// <summary>The members of the groups, without the sender, and how many of them opted out.</summary>
    Task<Audience> GetAudienceAsync(IReadOnlyList<long> groupIds, CancellationToken cancellationToken);

    /// <summary>Records <paramref name="body"/> for every member of the groups (not the sender); the outbox rows
    /// follow a moment later, in batches (opted-out members get a skipped row). <paramref name="counted"/>: the
    /// audience as the summary counted it, or null to count it now.</summary>
    Task<BroadcastSent> BroadcastAsync(IReadOnlyList<long> groupIds, string body, string kind, Audience? counted, CancellationToken cancellationToken);

    Task<BroadcastProgress?> GetBroadcastProgressAsync(long broadcastId, CancellationToken cancellationToken);

    // --- meetings (RAPAT, JADWAL)
    /// <summary>Records a meeting and its reminder, due at <paramref name="remindAt"/> (none when null);
    /// <paramref name="pasaran"/> is the market day it was called by, or null.</summary>
    Task<ScheduledMeeting> ScheduleMeetingAsync(long groupId, DateTimeOffset startsAt, DateOnly meetingOn, string place, string? pasaran, DateTimeOffset? remindAt, CancellationToken cancellationToken);

    /// <summary>The earliest scheduled meeting of the group starting at or after <paramref name="from"/>.</summary>
    Task<ScheduledMeeting?> GetNextScheduledMeetingAsync(long groupId, DateTimeOffset from, CancellationToken cancellationToken);

    // --- business tips (TIPS)
    /// <summary>The tip after the last one this person got (in the category, if given), recorded as given to them.</summary>
    Task<Tip?> TakeNextTipAsync(long personId, string? category, CancellationToken cancellationToken);

    /// <summary>Subscribes or unsubscribes the weekly tip; false when nothing changed.</summary>
    Task<bool> SetTipSubscriptionAsync(long personId, bool subscribed, CancellationToken cancellationToken);

    // --- people managed by their pendamping (DAFTAR ANGGOTA, GANTI NOMOR, KELUAR, GANTI KETUA/BENDAHARA)
    /// <summary>Whoever has this phone, in any role and group (or none, after leaving); null if nobody.</summary>
    Task<PersonOnFile?> FindPersonAsync(string phone, CancellationToken cancellationToken);

    /// <summary>The group with this code (any case), or null.</summary>
    Task<GroupRef?> FindGroupAsync(string code, CancellationToken cancellationToken);

    /// <summary>A new anggota at the end of the group's list (or one who left, back with her own person); her person id.</summary>
    Task<long> RegisterMemberAsync(long groupId, string phone, string name, string salutation, long? returningPersonId, CancellationToken cancellationToken);

    /// <summary>The person, and so all her history, her conversation and her opt-out, answer to the new phone.</summary>
    Task ChangePhoneAsync(long personId, string oldPhone, string newPhone, CancellationToken cancellationToken);

    /// <summary>She leaves the group: her membership goes, her person row and history stay.</summary>
    Task LeaveGroupAsync(long personId, long groupId, CancellationToken cancellationToken);

    /// <summary>The member takes the office (ketua or bendahara); the previous holder, if any, becomes anggota.</summary>
    Task NameOfficerAsync(long groupId, long personId, Role role, long? previousPersonId, CancellationToken cancellationToken);
    // --- questions to the pendamping (TANYA) and their answers (JAWAB, or the console's inbox)
    /// <summary>Records the sender's question to her group's pendamping; its code is what JAWAB types back.</summary>
    Task<Questions.AskedQuestion> AskQuestionAsync(long groupId, string text, CancellationToken cancellationToken);

    /// <summary>The question with that code (any case), with who asked and how often it was answered; or null.</summary>
    Task<Questions.QuestionInfo?> FindQuestionAsync(string code, CancellationToken cancellationToken);

    /// <summary>Records the sender's answer as a row of its own (the question is never changed).</summary>
    Task AnswerQuestionAsync(long questionId, string text, CancellationToken cancellationToken);
    // --- loans (CAIR) and arrears (TUNGGAKAN, INGATKAN)
    /// <summary>Every loan of the group's members, with what has been repaid on it.</summary>
    Task<IReadOnlyList<MemberLoan>> GetGroupLoansAsync(long groupId, CancellationToken cancellationToken);

    /// <summary>Records a disbursed loan (its schedule is its own columns), attributed to the turn's sender and message.</summary>
    Task<long> RecordLoanAsync(NewLoan loan, CancellationToken cancellationToken);

    /// <summary>Turns the weekly arrears reminder on or off; false when nothing changed.</summary>
    Task<bool> SetArrearsReminderAsync(long personId, bool wanted, CancellationToken cancellationToken);
}
