using System.Data.Common;
using Pkkpm.Conversations.Loans;

namespace Pkkpm.Data.Monitoring;

/// <summary>
/// Every loan in a scope as it stood at the end of a day, and the scope's groups. The database gives
/// each loan's terms and what had been repaid on it by that day; <see cref="Loan"/>, the same code
/// that answers SALDO, computes the rest (due, arrears, days late). In SQL this was a copy of Loan's
/// arithmetic, and most of a million-member page: PostgreSQL took 0.55 s to compute a current day's
/// 250,000 loans into a temporary table that the page then read three times; reading their terms
/// and computing them here takes about 0.2 s, once.
/// <para>
/// What a loan has had repaid by the day comes from loan_repaid (kept as entries are recorded, 0014)
/// when the day is on or after its latest entry, as for a current period. For a day in the past the
/// ledger gives it (ledger_entries_loan_paid), from the nearer side: the entries up to the day when
/// the day is nearer the disbursement, else the kept total less the entries after it. SQLite asks
/// loan by loan, in one statement with the scope's joins (an index seek each, cheap there).
/// PostgreSQL, for a scope of more than MonitoringFigures.ListedUpToGroups KPB, reads in passes,
/// each over one table: the kept totals, one side's entries summed by loan (the side nearer the
/// whole ledger's first or last day), then every loan; they are put together here. Asked loan by
/// loan it took 0.55 s for 225,000 loans, and each of its hash joins of 250,000 rows 0.15 s.
/// </para>
/// </summary>
internal sealed class LoanBook(List<BookLoan> loans, IReadOnlyDictionary<long, BookGroup> groups)
{
    // Reversing entries repeat the reversed amount and count negative, as everywhere in the books.
    public const string Signed = "case when e.reverses_entry_id is null then e.amount else -e.amount end";

    public IReadOnlyList<BookLoan> Loans => loans;

    public IReadOnlyDictionary<long, BookGroup> Groups => groups;

    /// <summary>Which side of a past day PostgreSQL sums for every loan at once.</summary>
    public enum Side { Kept, EntriesUpTo, KeptLessEntriesAfter }

    public static string GroupsSql(string scope) => $"select g.id as Id, g.code as Code, g.name as Name, g.village as Village from groups g where {scope}";

    /// <summary>Each loan's terms and its repaid by @To, one loan at a time.</summary>
    public static string LoansSql(DateSql sql, string scope)
    {
        var elapsed = sql.DaysBetween("l.disbursed_on", "@To");
        return $"""
            select {Terms(sql)},
                   cast(case when k.loan_id is null then 0
                             when k.last_on <= @To then k.repaid
                             when {sql.DaysBetween("@To", "k.last_on")} < {elapsed}
                             then k.repaid - coalesce((select sum({Signed}) from ledger_entries e where e.loan_id = l.id and e.occurred_on > @To), 0)
                             else coalesce((select sum({Signed}) from ledger_entries e where e.loan_id = l.id and e.occurred_on <= @To), 0) end as bigint)
              from loans l join groups g on g.id = l.group_id left join loan_repaid k on k.loan_id = l.id
             where {scope} and l.disbursed_on <= @To
            """;
    }

    /// <summary>
    /// Every loan's terms, and what is needed for its repaid by @To, in passes over whole tables:
    /// the kept totals (unless the day is nearer the ledger's first), the entries of one side of
    /// the day summed by loan (unless the day is on or after the ledger's last), then the loans.
    /// </summary>
    public static string PassesSql(DateSql sql, Side side) =>
        (side == Side.EntriesUpTo ? "" : "select k.loan_id, k.repaid from loan_repaid k;\n") +
        (side == Side.Kept ? "" : $"""
            select e.loan_id, cast(sum({Signed}) as bigint) from ledger_entries e
             where e.loan_id is not null and e.occurred_on {(side == Side.EntriesUpTo ? "<=" : ">")} @To group by e.loan_id;

            """) +
        $"select {Terms(sql)} from loans l where l.disbursed_on <= @To";

    // The frequency as the number of its LoanFrequency: no string a loan to read and parse.
    private static readonly string FrequencyNumber = "case l.frequency " +
        string.Join(" ", Enum.GetValues<LoanFrequency>().Select(f => $"when '{f.ToString().ToLowerInvariant()}' then {(int)f}")) + " end";

    // Each column of 250,000 rows costs: the principal is not read (no figure of the book uses it),
    // the day comes as a number.
    private static string Terms(DateSql sql) =>
        $"l.id, l.person_id, l.group_id, {sql.DayNumber("l.disbursed_on")}, {FrequencyNumber}, l.instalments, l.instalment_amount";

    /// <summary>The book of <paramref name="day"/> from the rows of <see cref="LoansSql"/>.</summary>
    public static Task<LoanBook> ReadAsync(DbDataReader reader, IReadOnlyDictionary<long, BookGroup> groups, DateOnly day, CancellationToken cancellationToken) =>
        ReadLoansAsync(reader, groups, day, repaidOf: null, cancellationToken);

    /// <summary>The book of <paramref name="day"/> from the results of <see cref="PassesSql"/>, for the loans of <paramref name="groups"/>.</summary>
    public static async Task<LoanBook> ReadInPassesAsync(DbDataReader reader, Side side, IReadOnlyDictionary<long, BookGroup> groups, DateOnly day,
        CancellationToken cancellationToken)
    {
        var kept = side == Side.EntriesUpTo ? [] : await AmountsAsync(reader, cancellationToken);
        var summed = side == Side.Kept ? [] : await AmountsAsync(reader, cancellationToken);
        return await ReadLoansAsync(reader, groups, day, side switch
        {
            Side.Kept => loan => kept.GetValueOrDefault(loan),
            Side.EntriesUpTo => loan => summed.GetValueOrDefault(loan),
            _ => loan => kept.GetValueOrDefault(loan) - summed.GetValueOrDefault(loan),
        }, cancellationToken);
    }

    // One result of loan ids and amounts, then on to the next.
    private static async Task<Dictionary<long, long>> AmountsAsync(DbDataReader reader, CancellationToken cancellationToken)
    {
        var amounts = new Dictionary<long, long>();
        while (await reader.ReadAsync(cancellationToken)) amounts[reader.GetInt64(0)] = reader.GetInt64(1);
        await reader.NextResultAsync(cancellationToken);
        return amounts;
    }

    private static async Task<LoanBook> ReadLoansAsync(DbDataReader reader, IReadOnlyDictionary<long, BookGroup> groups, DateOnly day,
        Func<long, long>? repaidOf, CancellationToken cancellationToken)
    {
        var loans = new List<BookLoan>();
        while (await reader.ReadAsync(cancellationToken))
        {
            // Read in passes, every loan comes: those of other groups are not in the scope.
            var groupId = reader.GetInt64(2);
            if (!groups.ContainsKey(groupId)) continue;
            var id = reader.GetInt64(0);
            var loan = new Loan(id, Principal: 0, DateOnly.FromDayNumber(reader.GetInt32(3)), reader.GetInt32(5), reader.GetInt64(6),
                (LoanFrequency)reader.GetInt32(4), repaidOf is null ? reader.GetInt64(7) : repaidOf(id));
            var arrears = loan.Arrears(day);
            loans.Add(new BookLoan(id, reader.GetInt64(1), groupId, loan.InstalmentAmount, loan.Repaid, loan.Outstanding,
                loan.InstalmentsDue(day) * loan.InstalmentAmount, arrears, arrears == 0 ? 0 : loan.DaysLate(day)));
        }
        return new LoanBook(loans, groups);
    }
}
