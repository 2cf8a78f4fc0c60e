namespace Pkkpm.Data.Monitoring;

/// <summary>
/// Every loan in a scope as it stood at the end of a day (@To), computed in SQL exactly as
/// <see cref="Pkkpm.Conversations.Loans.Loan"/> computes it for SALDO: the total to repay is
/// instalments x instalment amount; instalment k is due on disbursed_on + 7k days (mingguan), 14k
/// (dwimingguan), 35k (selapanan) or + k months, clamped to the month's end (bulanan); arrears are what was due by then and not paid,
/// at most the outstanding; a part-paid instalment counts as one late instalment. Days late are
/// counted from the due date of the first instalment not fully paid (for the fixed steps, the days
/// since disbursement less the steps to that date: whole numbers, no dates made and read back). LoanBookParityTests hold the
/// SQL to Loan's answers. What a loan has had repaid comes from loan_repaid (kept as entries are
/// recorded, 0014) when the period ends on or after its latest entry, as a current period does; the
/// ledger is read only for a period in the past. The result is a CTE named loan_book. Its first and
/// last steps are materialized: flattened, every use of a column (arrears is read a dozen times by
/// the figures) computed its whole chain of date arithmetic again, 36 s of CPU for 250,000 loans.
/// </summary>
internal static class LoanBook
{
    // Reversing entries repeat the reversed amount and count negative, as everywhere in the books.
    public const string Signed = "case when e.reverses_entry_id is null then e.amount else -e.amount end";

    /// <summary>What the figures read of a loan in the book; a shared book keeps only these.</summary>
    public const string Columns = "loan_id, person_id, group_id, village, a, repaid, outstanding, due_amount, arrears, days_late";

    /// <param name="materialized">False when the statement copies the book whole into a table (the
    /// copy is then its last step's materialization).</param>
    public static string With(DateSql sql, string scope, bool materialized = true) => $"""
        with loan_state as materialized (
            select l.id as loan_id, l.person_id, l.group_id, g.village, l.principal, l.disbursed_on, l.frequency,
                   l.instalments as n, l.instalment_amount as a, l.instalments * l.instalment_amount as total,
                   cast(case when k.loan_id is null then 0
                             when k.last_on <= @To then k.repaid
                             else coalesce((select sum({Signed}) from ledger_entries e
                                             where e.loan_id = l.id and e.occurred_on <= @To), 0) end as bigint) as repaid,
                   {sql.DaysBetween("l.disbursed_on", "@To")} as elapsed,
                   case when l.frequency = 'mingguan' then {sql.DaysBetween("l.disbursed_on", "@To")} / 7
                        when l.frequency = 'dwimingguan' then {sql.DaysBetween("l.disbursed_on", "@To")} / 14
                        when l.frequency = 'selapanan' then {sql.DaysBetween("l.disbursed_on", "@To")} / 35
                        else ({sql.Year("@To")} - {sql.Year("l.disbursed_on")}) * 12 + {sql.Month("@To")} - {sql.Month("l.disbursed_on")}
                             - case when {sql.Day("@To")} < {sql.Day("l.disbursed_on")} and not {sql.IsLastDayOfMonth("@To")} then 1 else 0 end
                   end as periods
              from loans l join groups g on g.id = l.group_id left join loan_repaid k on k.loan_id = l.id
             where {scope} and l.disbursed_on <= @To),
        loan_due as (
            select s.*, case when s.total - s.repaid < 0 then 0 else s.total - s.repaid end as outstanding,
                   (case when s.periods < 0 then 0 when s.periods > s.n then s.n else s.periods end) * s.a as due_amount
              from loan_state s),
        loan_late as (
            select d.*, case when d.due_amount - d.repaid <= 0 then 0
                             when d.due_amount - d.repaid > d.outstanding then d.outstanding
                             else d.due_amount - d.repaid end as arrears,
                   d.repaid / d.a + 1 as first_unpaid
              from loan_due d),
        loan_book as {(materialized ? "" : "not ")}materialized (
            select t.*, case when t.arrears = 0 then 0
                             when t.frequency = 'mingguan' then t.elapsed - 7 * t.first_unpaid
                             when t.frequency = 'dwimingguan' then t.elapsed - 14 * t.first_unpaid
                             when t.frequency = 'selapanan' then t.elapsed - 35 * t.first_unpaid
                             else {sql.DaysBetween(sql.AddMonths("t.disbursed_on", "t.first_unpaid"), "@To")} end as days_late
              from loan_late t)
        """;
}
