using Pkkpm.Conversations.Attendance;
using Pkkpm.Conversations.Balance;
using Pkkpm.Conversations.Groups;
using Pkkpm.Conversations.Ledger;
using Pkkpm.Conversations.Loans;
using Pkkpm.Conversations.People;

namespace Pkkpm.Conversations.Tests.Engine;

/// <summary>
/// The store held in memory: people, loans, an append-only list of entries, reports, disputes and
/// attendance. It keeps the same rules as the database (an entry reversed once, balances as sums),
/// so the engine's decisions can be tested without one. Records are attributed to <see cref="CurrentSender"/>.
/// </summary>
internal sealed partial class FakeConversationData : IConversationData
{
    public Dictionary<string, Sender> People { get; } = [];
    public Dictionary<long, List<RosterMember>> Rosters { get; } = [];
    public Dictionary<long, List<Officer>> Officers { get; } = [];
    public Dictionary<long, MeetingSchedule> Meetings { get; } = [];
    public Dictionary<long, long> OpeningSavings { get; } = [];
    public List<(long PersonId, long GroupId, Loan Terms)> Loans { get; } = [];
    public List<(EntryInfo Entry, string? RecordedBy)> Entries { get; } = [];
    public List<ReportedRepayment> Reports { get; } = [];
    public Dictionary<long, bool> OpenDisputes { get; } = [];
    public Dictionary<(long GroupId, long PersonId, DateOnly On), (AttendanceStatus Status, string? Reason)> Attendance { get; } = [];
    public string? CurrentSender { get; set; }
    public DateOnly Today { get; set; } = new(2026, 11, 27);
    public int StatementReads { get; private set; }

    public Task<Sender?> FindSenderAsync(string phone, CancellationToken cancellationToken) =>
        Task.FromResult(People.GetValueOrDefault(phone));

    public Task<IReadOnlyList<RosterMember>> GetRosterAsync(long groupId, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<RosterMember>>(Rosters.GetValueOrDefault(groupId) ?? []);

    public Task<IReadOnlyList<Officer>> GetOfficersAsync(long groupId, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<Officer>>(Officers.GetValueOrDefault(groupId) ?? []);

    public Task<MeetingSchedule> GetMeetingScheduleAsync(long groupId, CancellationToken cancellationToken) =>
        Task.FromResult(Meetings.GetValueOrDefault(groupId) ?? new MeetingSchedule("Senin", new TimeOnly(15, 0), "Balai Desa", "mingguan"));

    public Task<MemberStatement> GetStatementAsync(long personId, long groupId, CancellationToken cancellationToken)
    {
        StatementReads++;
        return Task.FromResult(new MemberStatement(Savings(personId, groupId), LoansOf(personId, groupId).ToList()));
    }

    public Task<GroupTotals> GetGroupTotalsAsync(long groupId, DateOnly since, CancellationToken cancellationToken)
    {
        var people = Rosters.GetValueOrDefault(groupId)?.Select(m => m.PersonId).ToList() ?? [];
        var inGroup = Entries.Select(e => e.Entry).Where(e => e.GroupId == groupId && e.OccurredOn >= since).ToList();
        return Task.FromResult(new GroupTotals(
            since,
            people.Sum(p => Savings(p, groupId)),
            people.SelectMany(p => LoansOf(p, groupId).Select(l => (p, l))).ToList(),
            inGroup.Where(e => e.Kind == EntryKind.Setoran).Sum(Signed),
            inGroup.Where(e => e.Kind == EntryKind.Angsuran).Sum(Signed)));
    }

    public Task<EntryInfo?> FindEntryAsync(string code, CancellationToken cancellationToken) =>
        Task.FromResult(Entries.Select(e => Current(e.Entry)).FirstOrDefault(e => e.Code.Equals(code.Trim(), StringComparison.OrdinalIgnoreCase)));

    public Task<IReadOnlyList<EntryInfo>> GetRecentEntriesAsync(long personId, long groupId, int limit, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<EntryInfo>>(Entries.Select(e => Current(e.Entry))
            .Where(e => e.PersonId == personId && e.GroupId == groupId).Reverse().Take(limit).ToList());

    public Task<RecordedEntry> RecordEntryAsync(NewEntry entry, CancellationToken cancellationToken)
    {
        if (entry.ReversesEntryId is { } reversed && Entries.Any(e => e.Entry.ReversesEntryId == reversed || (e.Entry.EntryId == reversed && e.Entry.IsReversal)))
            throw new InvalidOperationException("an entry is reversed once, and a reversal never");
        var id = Entries.Count + 1L;
        var code = $"K{id:000}";
        var name = Rosters.Values.SelectMany(r => r).First(m => m.PersonId == entry.PersonId).Name;
        Entries.Add((new EntryInfo(id, code, entry.GroupId, entry.PersonId, name, entry.Kind, entry.Amount, Today, CurrentSender,
            entry.ReversesEntryId, false, false) { }, CurrentSender));
        _loanIds[id] = entry.LoanId;
        return Task.FromResult(new RecordedEntry(id, code));
    }

    /// <summary>The members whose books each turn held, in order. One turn at a time runs on the
    /// fake, so holding changes nothing else here.</summary>
    public List<IReadOnlyCollection<long>> HeldBooks { get; } = [];

    public Task HoldBooksAsync(IReadOnlyCollection<long> personIds, CancellationToken cancellationToken)
    {
        HeldBooks.Add(personIds);
        return Task.CompletedTask;
    }

    public Task<ReportedRepayment> ReportRepaymentAsync(long groupId, long personId, long loanId, long amount, CancellationToken cancellationToken)
    {
        var member = Rosters[groupId].First(m => m.PersonId == personId);
        var report = new ReportedRepayment(Reports.Count + 1, $"B{Reports.Count + 1:000}", groupId, personId, member.Name, member.Phone, loanId, amount, ReportStatus.Menunggu);
        Reports.Add(report);
        return Task.FromResult(report);
    }

    public Task<ReportedRepayment?> FindReportedRepaymentAsync(string code, CancellationToken cancellationToken) =>
        Task.FromResult(Reports.FirstOrDefault(r => r.Code.Equals(code.Trim(), StringComparison.OrdinalIgnoreCase)));

    public Task DecideReportedRepaymentAsync(long reportId, ReportStatus decision, long? entryId, CancellationToken cancellationToken)
    {
        var index = Reports.FindIndex(r => r.Id == reportId);
        if (Reports[index].Status != ReportStatus.Menunggu) throw new InvalidOperationException("decided already");
        Reports[index] = Reports[index] with { Status = decision };
        return Task.CompletedTask;
    }

    public Task OpenDisputeAsync(long entryId, string? reason, CancellationToken cancellationToken)
    {
        OpenDisputes[entryId] = true;
        return Task.CompletedTask;
    }

    public Task CloseDisputesAsync(long entryId, string resolution, CancellationToken cancellationToken)
    {
        OpenDisputes.Remove(entryId);
        return Task.CompletedTask;
    }

    public Task<IReadOnlyDictionary<long, AttendanceStatus>> GetAttendanceAsync(long groupId, DateOnly meetingOn, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyDictionary<long, AttendanceStatus>>(Attendance
            .Where(a => a.Key.GroupId == groupId && a.Key.On == meetingOn)
            .ToDictionary(a => a.Key.PersonId, a => a.Value.Status));

    public Task SetAttendanceAsync(long groupId, long personId, DateOnly meetingOn, AttendanceStatus status, string? reason, CancellationToken cancellationToken)
    {
        Attendance[(groupId, personId, meetingOn)] = (status, reason);
        return Task.CompletedTask;
    }

    private readonly Dictionary<long, long?> _loanIds = [];

    private EntryInfo Current(EntryInfo entry) => entry with
    {
        IsReversed = Entries.Any(e => e.Entry.ReversesEntryId == entry.EntryId),
        HasOpenDispute = OpenDisputes.ContainsKey(entry.EntryId),
    };

    private static long Signed(EntryInfo e) => e.IsReversal ? -e.Amount : e.Amount;

    private long Savings(long personId, long groupId) =>
        OpeningSavings.GetValueOrDefault(personId) + Entries.Select(e => e.Entry)
            .Where(e => e.PersonId == personId && e.GroupId == groupId && e.Kind != EntryKind.Angsuran)
            .Sum(e => e.Kind == EntryKind.Setoran ? Signed(e) : -Signed(e));

    private IEnumerable<Loan> LoansOf(long personId, long groupId) => Loans
        .Where(l => l.PersonId == personId && l.GroupId == groupId)
        .Select(l => l.Terms with
        {
            Repaid = l.Terms.Repaid + Entries.Select(e => e.Entry)
                .Where(e => e.Kind == EntryKind.Angsuran && _loanIds.GetValueOrDefault(e.EntryId) == l.Terms.LoanId)
                .Sum(Signed),
        });
}
