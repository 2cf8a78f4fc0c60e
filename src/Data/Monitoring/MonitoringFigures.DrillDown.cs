using Dapper;

namespace Pkkpm.Data.Monitoring;

/// <summary>Drill-down: villages in scope, the groups of a village, the members of a group.</summary>
public sealed partial class MonitoringFigures
{
    // The same figures per village, per group or per member: the key columns of members and the
    // ledger, and a loan's key in the book.
    private sealed record Level(string Members, string Ledger, Func<LoanBook, BookLoan, string> Loans);

    private static readonly Level ByVillage = new("g.village", "g.village", (book, loan) => book.Groups[loan.GroupId].Village);
    private static readonly Level ByGroup = new("g.id", "g.id", (_, loan) => loan.GroupId.ToString(System.Globalization.CultureInfo.InvariantCulture));
    private static readonly Level ByMember = new("m.person_id", "e.person_id", (_, loan) => loan.PersonId.ToString(System.Globalization.CultureInfo.InvariantCulture));

    public Task<IReadOnlyList<VillageRow>> GetVillagesAsync(MonitoringScope scope, ReportPeriod period, CancellationToken cancellationToken = default) =>
        ReadAsync(scope, PeriodValues(period), async (connection, q) =>
        {
            var villages = await connection.QueryAsync<(string Village, long Groups)>(q.Command(
                $"select g.village, cast(count(*) as bigint) from groups g where {q.Scope} group by g.village order by g.village"));
            var figures = await SummariesAsync(connection, q, ByVillage, period);
            return (IReadOnlyList<VillageRow>)villages
                .Select(v => new VillageRow(v.Village, v.Groups, figures.GetValueOrDefault(v.Village, AreaSummary.Empty))).ToList();
        }, cancellationToken);

    /// <summary>The groups in scope (narrow it with <see cref="MonitoringScope.ToVillage"/> for one village).</summary>
    public Task<IReadOnlyList<GroupRow>> GetGroupsAsync(MonitoringScope scope, ReportPeriod period, CancellationToken cancellationToken = default) =>
        ReadAsync(scope, PeriodValues(period), async (connection, q) =>
        {
            var groups = await connection.QueryAsync<(long Id, string Code, string Name, string Village)>(q.Command(
                $"select g.id, g.code, g.name, g.village from groups g where {q.Scope} order by g.village, g.code"));
            var figures = await SummariesAsync(connection, q, ByGroup, period);
            return (IReadOnlyList<GroupRow>)groups.Select(g => new GroupRow(g.Id, g.Code, g.Name, g.Village,
                figures.GetValueOrDefault(g.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), AreaSummary.Empty))).ToList();
        }, cancellationToken);

    /// <summary>The members of one group, if it is inside the scope; none otherwise.</summary>
    public Task<IReadOnlyList<MemberRow>> GetMembersAsync(MonitoringScope scope, long groupId, ReportPeriod period, CancellationToken cancellationToken = default) =>
        ReadAsync(scope.ToGroup(groupId), PeriodValues(period), async (connection, q) =>
        {
            var members = await connection.QueryAsync<(long PersonId, long ListNumber, string Name, string Role, long OptedOut)>(q.Command($"""
                select p.id, m.list_number, p.name, p.role, case when p.opted_out_at is null then 0 else 1 end
                  from memberships m join groups g on g.id = m.group_id join people p on p.id = m.person_id
                 where {q.Scope} and m.list_number is not null
                 order by m.list_number
                """));
            var figures = await SummariesAsync(connection, q, ByMember, period);
            return (IReadOnlyList<MemberRow>)members.Select(m => new MemberRow(m.PersonId, (int)m.ListNumber, m.Name, m.Role, m.OptedOut == 1,
                figures.GetValueOrDefault(m.PersonId.ToString(System.Globalization.CultureInfo.InvariantCulture), AreaSummary.Empty) with { Members = 1 })).ToList();
        }, cancellationToken);

    // Members, savings and the period's money, and the loan book, each grouped by the level's key.
    private async Task<Dictionary<string, AreaSummary>> SummariesAsync(System.Data.Common.DbConnection connection, Query q, Level level, ReportPeriod period)
    {
        // On a page's shared loan book (its longer lane) the members and the money, which need no
        // book, are read meanwhile on a reader of their own (taking their turn on the page's other
        // lane): about 0.25 s of a million-member programme's villages list that the page then
        // does not wait for.
        Func<Task<(Dictionary<string, long>, Dictionary<string, AreaMoneyRow>)>> readElsewhere = () => database.ReadAsync(
            other => ReadOnAsync(other, shared: null, q.ScopeOf, PeriodValues(period), (c, oq) => MembersAndMoneyAsync(c, oq, level), q.CancellationToken), q.CancellationToken);
        var elsewhere = q.Shared is null ? null
            : Task.Run(() => q.Shared.OtherLane is { } lane ? lane.RunAsync(readElsewhere, q.CancellationToken) : readElsewhere());
        var (members, money) = elsewhere is null ? await MembersAndMoneyAsync(connection, q, level) : default;
        Dictionary<string, AreaLoanRow> loans;
        try
        {
            var book = await q.LoanBookAsync(period.To);
            loans = [];
            foreach (var loan in book.Loans)
            {
                var area = level.Loans(book, loan);
                if (!loans.TryGetValue(area, out var sum)) loans[area] = sum = new AreaLoanRow();
                sum.Outstanding += loan.Outstanding;
                sum.Arrears += loan.Arrears;
                if (loan.Arrears > 0) sum.LoansInArrears++;
            }
        }
        catch when (elsewhere is not null)
        {
            // The read beside it ends first (its error, if any, is this one's consequence): the page
            // answers with its error only once its readers are back.
            await Task.WhenAny(elsewhere);
            throw;
        }
        if (elsewhere is not null) (members, money) = await elsewhere;
        return members.Keys.Union(money.Keys).Union(loans.Keys).ToDictionary(area => area, area =>
        {
            var m = money.GetValueOrDefault(area);
            var l = loans.GetValueOrDefault(area);
            return new AreaSummary(members.GetValueOrDefault(area), m?.SavingsBalance ?? 0, m?.Deposits ?? 0, m?.Repayments ?? 0,
                l?.Outstanding ?? 0, l?.Arrears ?? 0, l?.LoansInArrears ?? 0);
        });
    }

    // One round trip: the members, and the savings and the period's money. A village's or a group's
    // members are kept per group (0029), a member's money read from her group's ledger.
    private static async Task<(Dictionary<string, long> Members, Dictionary<string, AreaMoneyRow> Money)> MembersAndMoneyAsync(
        System.Data.Common.DbConnection connection, Query q, Level level)
    {
        var sql = level == ByMember ? $"""
            select cast({level.Members} as text) as Area, cast(count(*) as bigint) as Members
              from memberships m join groups g on g.id = m.group_id
             where {q.Scope} and m.list_number is not null
             group by {level.Members};
            {MemberMoney(q, level)}
            """ : $"""
            select cast({level.Members} as text) as Area, cast(sum(k.members) as bigint) as Members
              from group_members k join groups g on g.id = k.group_id
             where {q.Scope}
             group by {level.Members};
            {KeptMoney(q, level)}
            """;
        using var results = await connection.QueryMultipleAsync(q.Command(sql));
        var members = (await results.ReadAsync<(string Area, long Members)>()).ToDictionary(r => r.Area, r => r.Members);
        var money = (await results.ReadAsync<AreaMoneyRow>()).ToDictionary(r => r.Area);
        return (members, money);
    }

    // A member's money from the ledger: one group's entries, few.
    private static string MemberMoney(Query q, Level level) => $"""
        select cast({level.Ledger} as text) as Area,
               cast(coalesce(sum(case e.kind when 'setoran' then 1 when 'penarikan' then -1 else 0 end * {LoanBook.Signed}), 0) as bigint) as SavingsBalance,
               cast(coalesce(sum(case when e.kind = 'setoran' and e.occurred_on >= @From and {Unreversed} then e.amount else 0 end), 0) as bigint) as Deposits,
               cast(coalesce(sum(case when e.kind = 'angsuran' and e.occurred_on >= @From and {Unreversed} then e.amount else 0 end), 0) as bigint) as Repayments
          from ledger_entries e join groups g on g.id = e.group_id
         where {q.Scope} and e.occurred_on <= @To
         group by {level.Ledger};
        """;

    // A village's or a group's from the kept figures (0014): the balance is one row a group (the
    // whole ledger otherwise), the period's money one row a group and day. The balance at the
    // period's end is the kept one less the changes after it: the days after it are read with the
    // period's, in the same pass (asked group by group instead, PostgreSQL took 0.45 s for a past
    // month of 50,000 KPB; a current period has no day after it).
    private static string KeptMoney(Query q, Level level) => $"""
        select Area, cast(sum(SavingsBalance) as bigint) as SavingsBalance, cast(sum(Deposits) as bigint) as Deposits,
               cast(sum(Repayments) as bigint) as Repayments
          from (select cast({level.Ledger} as text) as Area, s.balance as SavingsBalance, 0 as Deposits, 0 as Repayments
                  from group_savings s join groups g on g.id = s.group_id
                 where {q.Scope}
                union all
                select cast({level.Ledger} as text), case when k.day > @To then -k.savings_change else 0 end,
                       case when k.day <= @To then k.deposits else 0 end, case when k.day <= @To then k.repayments else 0 end
                  from group_day_money k join groups g on g.id = k.group_id
                 where {q.Scope} and k.day >= @From) money
         group by Area;
        """;

    private sealed class AreaMoneyRow
    {
        public string Area { get; init; } = "";
        public long SavingsBalance { get; init; }
        public long Deposits { get; init; }
        public long Repayments { get; init; }
    }

    // Summed loan by loan as the book is read.
    private sealed class AreaLoanRow
    {
        public long Outstanding { get; set; }
        public long Arrears { get; set; }
        public long LoansInArrears { get; set; }
    }
}
