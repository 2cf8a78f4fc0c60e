using System.Data.Common;
using System.Runtime.InteropServices;
using Dapper;
using Pkkpm.Conversations.Attendance;

namespace Pkkpm.Data.Seeds;

/// <summary>
/// The console's kept figures (<see cref="Monitoring.KeptFigures"/>) counted while an empty ledger's
/// lines go in, and written once after the last: computed again from 12.4M entries they took that
/// import 14.5 s on SQLite and 21 s on PostgreSQL (the savers of each week alone sorted 10M deposits);
/// counted here they are 1.3M rows to write. They are counted as the trigger keeps them, entry by
/// entry. A week's savers are counted in one pass while each member's deposits come in the order of
/// their weeks, as a ledger is kept; a file that goes back in time for a member, or reverses entries,
/// leaves the figures to be computed from the ledger as before (<see cref="Complete"/> is then false).
/// </summary>
internal sealed class CountedFigures
{
    // A group's day holds its money in an object: a ledger lists a group's members one after another,
    // and the rows after the first of a group and day add to the day just found (see DayOf).
    private sealed class DayMoney
    {
        public long Deposits, Withdrawals, Repayments, SavingsChange;
    }

    private readonly Dictionary<(long GroupId, DateOnly Day), DayMoney> _days = [];
    private readonly Dictionary<long, (long Repaid, DateOnly LastOn)> _loans = [];
    private readonly Dictionary<(long GroupId, DateOnly Week), long> _savers = [];
    // The week of each member's latest deposit: a later one in the same week adds no saver. Known by
    // her person id alone: an import gives each member one group (a pendamping has no ledger lines).
    // A long key is hashed as itself: ids in the order of the file find their buckets in that order.
    private readonly Dictionary<long, DateOnly> _lastWeekSaved = [];
    private (long GroupId, DateOnly Day) _lastDay;
    private DayMoney? _lastDayMoney;

    /// <summary>False once a member's deposit went back to an earlier week than one already counted.</summary>
    public bool Complete { get; private set; } = true;

    /// <summary>An entry as it is written (never one that reverses another).</summary>
    public void Add(long groupId, long personId, string kind, long amount, long? loanId, DateOnly day)
    {
        var money = DayOf(groupId, day);
        switch (kind)
        {
            case "setoran":
                money.Deposits += amount;
                money.SavingsChange += amount;
                CountSaver(groupId, personId, day);
                break;
            case "penarikan":
                money.Withdrawals += amount;
                money.SavingsChange -= amount;
                break;
            default:
                money.Repayments += amount;
                ref var loan = ref CollectionsMarshal.GetValueRefOrAddDefault(_loans, loanId!.Value, out var repaidBefore);
                loan = (loan.Repaid + amount, repaidBefore && loan.LastOn > day ? loan.LastOn : day);
                break;
        }
    }

    private DayMoney DayOf(long groupId, DateOnly day)
    {
        if (_lastDayMoney is null || _lastDay != (groupId, day))
        {
            ref var money = ref CollectionsMarshal.GetValueRefOrAddDefault(_days, (groupId, day), out _);
            _lastDay = (groupId, day);
            _lastDayMoney = money ??= new DayMoney();
        }
        return _lastDayMoney;
    }

    private void CountSaver(long groupId, long personId, DateOnly day)
    {
        if (!Complete) return;
        var week = MeetingDates.WeekStart(day);
        ref var last = ref CollectionsMarshal.GetValueRefOrAddDefault(_lastWeekSaved, personId, out var savedBefore);
        if (savedBefore && week == last) return;
        if (savedBefore && week < last)
        {
            // Counting her again could count her twice in a week: only the whole ledger tells.
            Complete = false;
            return;
        }
        last = week;
        CollectionsMarshal.GetValueRefOrAddDefault(_savers, (groupId, week), out _)++;
    }

    /// <summary>The four tables as <see cref="Monitoring.KeptFigures.RecomputeAsync"/> leaves them, in the order of their keys.</summary>
    public async Task WriteAsync(DbConnection connection, DbTransaction transaction)
    {
        if (!Complete) throw new InvalidOperationException("The savers were not counted whole: compute the figures from the ledger.");
        await connection.ExecuteAsync(
            "delete from group_day_money; delete from loan_repaid; delete from group_savings; delete from group_week_savers;", transaction: transaction);
        // In the order the ledger's trigger writes them.
        var setAside = await EmptyTablesSetAside.TakeAsync(connection, transaction, ["group_day_money", "group_savings", "loan_repaid", "group_week_savers"]);

        await using (var days = await RepeatedInsert.OpenAsync(connection, transaction,
            "group_day_money", ["group_id", "day", "deposits", "withdrawals", "repayments", "savings_change"]))
        {
            foreach (var ((groupId, day), money) in _days.OrderBy(d => d.Key))
                await days.RunAsync(groupId, day, money.Deposits, money.Withdrawals, money.Repayments, money.SavingsChange);
            await days.FlushAsync();
        }
        await using (var savings = await RepeatedInsert.OpenAsync(connection, transaction, "group_savings", ["group_id", "balance", "last_on"]))
        {
            foreach (var group in _days.GroupBy(d => d.Key.GroupId).OrderBy(g => g.Key))
                await savings.RunAsync(group.Key, group.Sum(d => d.Value.SavingsChange), group.Max(d => d.Key.Day));
            await savings.FlushAsync();
        }
        await using (var loans = await RepeatedInsert.OpenAsync(connection, transaction, "loan_repaid", ["loan_id", "repaid", "last_on"]))
        {
            foreach (var (loanId, (repaid, lastOn)) in _loans.OrderBy(l => l.Key))
                await loans.RunAsync(loanId, repaid, lastOn);
            await loans.FlushAsync();
        }
        await using (var savers = await RepeatedInsert.OpenAsync(connection, transaction, "group_week_savers", ["group_id", "week", "savers"]))
        {
            foreach (var ((groupId, week), count) in _savers.OrderBy(s => s.Key))
                await savers.RunAsync(groupId, week, count);
            await savers.FlushAsync();
        }
        await setAside.RestoreAsync();
    }
}
