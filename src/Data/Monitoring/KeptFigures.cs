using System.Data.Common;
using Dapper;

namespace Pkkpm.Data.Monitoring;

/// <summary>
/// The figures the trigger ledger_entries_kept_figures keeps as entries are recorded (migration
/// 0014): money per group and day (group_day_money), each group's savings balance (group_savings), what each loan has had repaid (loan_repaid)
/// and, since 0026, how many members saved per group and week (group_week_savers).
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

    /// <summary>group_members as memberships make it (0029; kept by triggers on memberships, never set aside).</summary>
    public const string GroupMembers = """
        select m.group_id as GroupId, count(*) as Members from memberships m where m.list_number is not null group by m.group_id
        """;

    /// <summary>loan_repaid as the ledger makes it.</summary>
    public const string LoanRepaid = """
        select e.loan_id as LoanId, sum(case when e.reverses_entry_id is null then e.amount else -e.amount end) as Repaid,
               max(e.occurred_on) as LastOn
          from ledger_entries e where e.loan_id is not null
         group by e.loan_id
        """;

    /// <summary>
    /// group_week_savers as the ledger makes it: per group and week (its Monday), the members with a
    /// deposit that counts (never reversed, reverses nothing). The trigger leaves a week whose only
    /// saver's deposit was corrected at 0; the ledger has no row for it. The reversed entries are
    /// few: looked up in their list, not once an entry (8 s instead of 14 s for 12M entries).
    /// Grouped by <c>+e.group_id</c>: by the bare column, SQLite walked the group index for its order
    /// and looked up every entry's row; now it reads the day index alone, which holds every column asked.
    /// </summary>
    public static string GroupWeekSavers(DateSql sql) => $"""
        select +e.group_id as GroupId, {sql.WeekStart("e.occurred_on")} as Week, count(distinct e.person_id) as Savers
          from ledger_entries e
         where e.kind = 'setoran' and +e.reverses_entry_id is null
           and e.id not in (select r.reverses_entry_id from ledger_entries r where r.reverses_entry_id is not null)
         group by +e.group_id, {sql.WeekStart("e.occurred_on")}
        """;

    /// <summary>
    /// The four tables made again from the ledger, in the caller's transaction, as the definitions
    /// above make them but faster on a large ledger: every entry on its own day in the order of the
    /// day index (one pass, no sort), then the few entries that were reversed taken out of their
    /// day, and each group's balance from its days.
    /// </summary>
    public static async Task RecomputeAsync(DbConnection connection, DbTransaction transaction)
    {
        // No time limit: after a large import each is one statement over every row.
        await connection.ExecuteAsync("""
            delete from group_day_money;
            delete from loan_repaid;
            delete from group_savings;
            delete from group_week_savers;
            insert into group_day_money (group_id, day, deposits, withdrawals, repayments, savings_change)
            select e.group_id, e.occurred_on,
                   sum(case when e.kind = 'setoran' and e.reverses_entry_id is null then e.amount else 0 end),
                   sum(case when e.kind = 'penarikan' and e.reverses_entry_id is null then e.amount else 0 end),
                   sum(case when e.kind = 'angsuran' and e.reverses_entry_id is null then e.amount else 0 end),
                   sum(case e.kind when 'setoran' then 1 when 'penarikan' then -1 else 0 end
                       * case when e.reverses_entry_id is null then e.amount else -e.amount end)
              from ledger_entries e
             group by e.occurred_on, e.group_id;
            insert into group_day_money (group_id, day, deposits, withdrawals, repayments, savings_change)
            select x.group_id, x.occurred_on,
                   sum(case when x.kind = 'setoran' then -x.amount else 0 end),
                   sum(case when x.kind = 'penarikan' then -x.amount else 0 end),
                   sum(case when x.kind = 'angsuran' then -x.amount else 0 end), 0
              from ledger_entries r join ledger_entries x on x.id = r.reverses_entry_id
             where x.reverses_entry_id is null
             group by x.group_id, x.occurred_on
            on conflict (group_id, day) do update set
                deposits = group_day_money.deposits + excluded.deposits, withdrawals = group_day_money.withdrawals + excluded.withdrawals,
                repayments = group_day_money.repayments + excluded.repayments;
            insert into group_savings (group_id, balance, last_on)
            select group_id, sum(savings_change), max(day) from group_day_money group by group_id;
            """ + $"""
            insert into loan_repaid (loan_id, repaid, last_on) {LoanRepaid};
            insert into group_week_savers (group_id, week, savers) {GroupWeekSavers(new DateSql(Dialect.IsPostgres(connection)))};
            """, transaction: transaction, commandTimeout: 0);
    }
}
