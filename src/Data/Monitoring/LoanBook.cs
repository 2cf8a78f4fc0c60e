namespace Pkkpm.Data.Monitoring;

/// <summary>
/// Every loan in a scope as it stood at the end of a day (@To), computed in SQL exactly as
/// <see cref="Pkkpm.Conversations.Loans.Loan"/> computes it for SALDO: the total to repay is
/// instalments x instalment amount; instalment k is due on disbursed_on + 7k days (mingguan), 14k
/// (dwimingguan), 35k (selapanan) or + k months, clamped to the month's end (bulanan); arrears are what was due by then and not paid,
/// at most the outstanding; a part-paid instalment counts as one late instalment. Days late are
/// counted from the due date of the first instalment not fully paid (for the fixed steps, the days
/// since disbursement less the steps to that date: whole numbers, no dates made and read back). LoanBookParityTests hold the
/// SQL to Loan's answers. The result is a CTE named loan_book.
/// <para>
/// What a loan has had repaid comes from loan_repaid (kept as entries are recorded, 0014) when the
/// period ends on or after its latest entry, as a current period does. For a day in the past the
/// ledger gives it (ledger_entries_loan_paid): the entries up to that day when the day is nearer the
/// disbursement, else the kept total less the entries after it, whichever side has fewer entries to
/// read: a past month of a million-member programme reads a quarter as many.
/// </para>
/// <para>
/// Two steps, the first materialized: flattened, every use of a column computed its whole chain of
/// date arithmetic again (36 s of CPU for 250,000 loans, arrears being read a dozen times by the
/// figures). The second reads each of the first's columns a few times, no more: the due amount is
/// at most the total, so the arrears (what was due and not paid, at most the outstanding) are simply
/// what was due less what was paid, when that is more than nothing.
/// </para>
/// </summary>
internal static class LoanBook
{
    // Reversing entries repeat the reversed amount and count negative, as everywhere in the books.
    public const string Signed = "case when e.reverses_entry_id is null then e.amount else -e.amount end";

    /// <summary>What the figures read of a loan in the book; a shared book keeps only these.</summary>
    public const string Columns = "loan_id, person_id, group_id, village, a, repaid, outstanding, due_amount, arrears, days_late";

    /// <param name="materialized">False when the statement copies the book whole into a table (the
    /// copy is then its last step's materialization).</param>
    public static string With(DateSql sql, string scope, bool materialized = true)
    {
        var elapsed = sql.DaysBetween("l.disbursed_on", "@To");
        var firstUnpaid = "(s.repaid / s.a + 1)";
        return $"""
            with loan_state as materialized (
                select l.id as loan_id, l.person_id, l.group_id, g.village, l.disbursed_on, l.frequency,
                       l.instalment_amount as a, l.instalments * l.instalment_amount as total,
                       cast(case when k.loan_id is null then 0
                                 when k.last_on <= @To then k.repaid
                                 when {sql.DaysBetween("@To", "k.last_on")} < {elapsed}
                                 then k.repaid - coalesce((select sum({Signed}) from ledger_entries e
                                                            where e.loan_id = l.id and e.occurred_on > @To), 0)
                                 else coalesce((select sum({Signed}) from ledger_entries e
                                                 where e.loan_id = l.id and e.occurred_on <= @To), 0) end as bigint) as repaid,
                       {elapsed} as elapsed,
                       {sql.Least(sql.Greatest($"""
                           case when l.frequency = 'mingguan' then {elapsed} / 7
                                when l.frequency = 'dwimingguan' then {elapsed} / 14
                                when l.frequency = 'selapanan' then {elapsed} / 35
                                else ({sql.Year("@To")} - {sql.Year("l.disbursed_on")}) * 12 + {sql.Month("@To")} - {sql.Month("l.disbursed_on")}
                                     - case when {sql.Day("@To")} < {sql.Day("l.disbursed_on")} and not {sql.IsLastDayOfMonth("@To")} then 1 else 0 end
                           end
                           """, "0"), "l.instalments")} * l.instalment_amount as due_amount
                  from loans l join groups g on g.id = l.group_id left join loan_repaid k on k.loan_id = l.id
                 where {scope} and l.disbursed_on <= @To),
            loan_book as {(materialized ? "" : "not ")}materialized (
                select s.loan_id, s.person_id, s.group_id, s.village, s.a, s.repaid,
                       {sql.Greatest("s.total - s.repaid", "0")} as outstanding, s.due_amount,
                       {sql.Greatest("s.due_amount - s.repaid", "0")} as arrears,
                       case when s.due_amount <= s.repaid then 0
                            when s.frequency = 'mingguan' then s.elapsed - 7 * {firstUnpaid}
                            when s.frequency = 'dwimingguan' then s.elapsed - 14 * {firstUnpaid}
                            when s.frequency = 'selapanan' then s.elapsed - 35 * {firstUnpaid}
                            else {sql.DaysBetween(sql.AddMonths("s.disbursed_on", firstUnpaid), "@To")} end as days_late
                  from loan_state s)
            """;
    }
}
