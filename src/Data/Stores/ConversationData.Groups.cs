using System.Globalization;
using Dapper;
using Pkkpm.Conversations.Groups;
using Pkkpm.Conversations.People;

namespace Pkkpm.Data.Stores;

/// <summary>A group's list, its officers, its meetings and its totals (REKAP).</summary>
public sealed partial class ConversationData
{
    // Members have a place on the list; a pendamping accompanies the group without one.
    private const string RosterSql = """
        select p.id as PersonId, m.list_number as ListNumber, p.name as Name, p.phone as Phone,
               p.salutation as Salutation, p.role as Role, p.panggilan as Panggilan
          from memberships m join people p on p.id = m.person_id
         where m.group_id = @GroupId and m.list_number is not null
         order by m.list_number;
        """;

    private const string OfficersSql = """
        select p.id as PersonId, p.name as Name, p.phone as Phone, p.salutation as Salutation, p.role as Role
          from memberships m join people p on p.id = m.person_id
         where m.group_id = @GroupId and p.role in ('bendahara', 'pendamping')
         order by case p.role when 'bendahara' then 0 else 1 end, p.id;
        """;

    private const string ScheduleSql = """
        select meeting_day as Day, meeting_time as Time, meeting_place as Place, meeting_cadence as Cadence,
               cast(first_meeting as text) as FirstMeeting
          from groups where id = @GroupId;
        """;

    // Savings and loans are the plain sums of the whole ledger. The money "since" a date leaves out
    // reversed entries and their reversals altogether: a reversal dated inside the window of an
    // entry from before it would otherwise make the window's deposits look smaller than they were.
    // (That test sits in the sum, not the where, so the planner walks the window by group and day.)
    private const string Unreversed = """
        e.reverses_entry_id is null and not exists (select 1 from ledger_entries x where x.reverses_entry_id = e.id)
        """;

    private const string TotalsSql = $"""
        {SavingsSql}
         where group_id = @GroupId and kind in ('setoran', 'penarikan');
        select {LoanColumns}
          from loans l
         where l.group_id = @GroupId
         order by l.person_id, l.disbursed_on, l.id;
        select cast(coalesce(sum(case when e.kind = 'setoran' and {Unreversed} then e.amount else 0 end), 0) as bigint) as Deposits,
               cast(coalesce(sum(case when e.kind = 'angsuran' and {Unreversed} then e.amount else 0 end), 0) as bigint) as Repayments
          from ledger_entries e
         where e.group_id = @GroupId and e.occurred_on >= @Since;
        """;

    public async Task<IReadOnlyList<RosterMember>> GetRosterAsync(long groupId, CancellationToken cancellationToken)
    {
        var rows = await connection.QueryAsync<(long PersonId, long ListNumber, string Name, string Phone, string Salutation, string Role, string? Panggilan)>(
            Command(RosterSql, new { GroupId = groupId }, cancellationToken));
        return rows.Select(r => new RosterMember(r.PersonId, (int)r.ListNumber, r.Name, r.Phone, r.Salutation, Parse<Role>(r.Role), r.Panggilan)).ToList();
    }

    public async Task<IReadOnlyList<Officer>> GetOfficersAsync(long groupId, CancellationToken cancellationToken)
    {
        var rows = await connection.QueryAsync<(long PersonId, string Name, string Phone, string Salutation, string Role)>(
            Command(OfficersSql, new { GroupId = groupId }, cancellationToken));
        return rows.Select(r => new Officer(r.PersonId, r.Name, r.Phone, r.Salutation, Parse<Role>(r.Role))).ToList();
    }

    public async Task<MeetingSchedule> GetMeetingScheduleAsync(long groupId, CancellationToken cancellationToken)
    {
        var row = await connection.QuerySingleOrDefaultAsync<(string Day, string Time, string Place, string Cadence, string? FirstMeeting)>(
            Command(ScheduleSql, new { GroupId = groupId }, cancellationToken));
        if (row.Day is null) throw new InvalidOperationException($"group {groupId} does not exist");
        // As text on both databases (a PostgreSQL date prints as yyyy-MM-dd too).
        DateOnly? first = row.FirstMeeting is { } text ? DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture) : null;
        return new MeetingSchedule(row.Day, TimeOnly.ParseExact(row.Time, "HH:mm", CultureInfo.InvariantCulture), row.Place, row.Cadence, first);
    }

    public async Task<GroupTotals> GetGroupTotalsAsync(long groupId, DateOnly since, CancellationToken cancellationToken)
    {
        using var results = await connection.QueryMultipleAsync(
            Command(TotalsSql, new { GroupId = groupId, Since = since }, cancellationToken));
        var savings = await results.ReadSingleAsync<long>();
        var loans = (await results.ReadAsync<LoanRow>()).Select(r => (r.PersonId, r.ToLoan())).ToList();
        var window = await results.ReadSingleAsync<WindowRow>();
        return new GroupTotals(since, savings, loans, window.Deposits, window.Repayments);
    }

    private sealed class WindowRow
    {
        public long Deposits { get; init; }
        public long Repayments { get; init; }
    }
}
