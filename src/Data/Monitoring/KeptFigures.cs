using System.Data.Common;
using Dapper;

namespace Pkkpm.Data.Monitoring;

/// <summary>
/// The figures the trigger ledger_entries_kept_figures keeps as entries are recorded (migration
/// 0014): money per group and day (group_day_money), each group's savings balance (group_savings) and what each loan has had repaid (loan_repaid).
/// Computed here from the whole ledger where the trigger did not run: after an import that set it
/// aside, and by the tests that hold the kept rows equal to the ledger.
/// </summary>
internal static class KeptFigures
{
    public const string TriggerName = "ledger_entries_kept_figures";

    /// <summary>group_day_money as the ledger makes it (same columns, same order).</summary>
    public const string GroupDayMoney = """
        select e.group_id as GroupId, e.occurred_on as Day,
               sum(case when e.kind = 'setoran' and e.reverses_entry_id is null and r.id is null then e.amount else 0 end) as Deposits,
               sum(case when e.kind = 'penarikan' and e.reverses_entry_id is null and r.id is null then e.amount else 0 end) as Withdrawals,
               sum(case when e.kind = 'angsuran' and e.reverses_entry_id is null and r.id is null then e.amount else 0 end) as Repayments,
               sum(case e.kind when 'setoran' then 1 when 'penarikan' then -1 else 0 end
                   * case when e.reverses_entry_id is null then e.amount else -e.amount end) as SavingsChange
          from ledger_entries e left join ledger_entries r on r.reverses_entry_id = e.id
         group by e.group_id, e.occurred_on
        """;

    /// <summary>group_savings as the ledger makes it.</summary>
    public const string GroupSavings = """
        select e.group_id as GroupId,
               sum(case e.kind when 'setoran' then 1 when 'penarikan' then -1 else 0 end
                   * case when e.reverses_entry_id is null then e.amount else -e.amount end) as Balance,
               max(e.occurred_on) as LastOn
          from ledger_entries e
         group by e.group_id
        """;

    /// <summary>loan_repaid as the ledger makes it.</summary>
    public const string LoanRepaid = """
        select e.loan_id as LoanId, sum(case when e.reverses_entry_id is null then e.amount else -e.amount end) as Repaid,
               max(e.occurred_on) as LastOn
          from ledger_entries e where e.loan_id is not null
         group by e.loan_id
        """;

    /// <summary>Both tables made again from the ledger, in the caller's transaction.</summary>
    public static async Task RecomputeAsync(DbConnection connection, DbTransaction transaction)
    {
        // No time limit: after a large import each is one statement over every row.
        await connection.ExecuteAsync($"""
            delete from group_day_money;
            delete from loan_repaid;
            delete from group_savings;
            insert into group_day_money (group_id, day, deposits, withdrawals, repayments, savings_change) {GroupDayMoney};
            insert into group_savings (group_id, balance, last_on) {GroupSavings};
            insert into loan_repaid (loan_id, repaid, last_on) {LoanRepaid};
            """, transaction: transaction, commandTimeout: 0);
    }
}
