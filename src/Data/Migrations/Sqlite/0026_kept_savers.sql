-- Savers kept per group and week (issue 12, "fast enough for a nation"): the console's saving
-- regularity counted the members who deposited in each week from the ledger, count(distinct) over a
-- million deposits a week at 1M members, 2 s for a week and 4 s for a month of the whole programme.
-- The trigger that keeps the console's figures (0014) now also keeps, for each group and week
-- (Senin-Minggu, named by its Monday), how many members made at least one deposit that counts
-- (never reversed, reverses nothing). KeptFiguresTests hold it equal to the ledger.

create table group_week_savers (
    group_id integer not null references groups(id),
    week     text not null,          -- the Monday, yyyy-MM-dd
    savers   integer not null,
    primary key (group_id, week)
) without rowid;
-- A period across many groups: the weeks first, read from the index alone.
create index group_week_savers_week on group_week_savers (week, group_id, savers);

-- The trigger asks whether a member has another deposit in the same week: a seek on her entries of
-- that group by day, not a walk over all of them. Its "+e.reverses_entry_id is null" keeps SQLite
-- from answering with the unique index on reverses_entry_id instead, i.e. walking every entry that
-- reverses nothing (as MonitoringFigures.Unreversed explains): a deposit then cost 0.1 ms more on
-- the bench's small database, and would have cost seconds on a large one.
drop index ledger_entries_person;
create index ledger_entries_person on ledger_entries (person_id, group_id, occurred_on);

-- The reversed entries are few: looked up in their list, not once an entry.
insert into group_week_savers (group_id, week, savers)
select e.group_id, date(e.occurred_on, 'weekday 0', '-6 days'), count(distinct e.person_id)
  from ledger_entries e
 where e.kind = 'setoran' and +e.reverses_entry_id is null
   and e.id not in (select r.reverses_entry_id from ledger_entries r where r.reverses_entry_id is not null)
 group by e.group_id, date(e.occurred_on, 'weekday 0', '-6 days');

drop trigger ledger_entries_kept_figures;
create trigger ledger_entries_kept_figures after insert on ledger_entries
begin
    insert into group_day_money (group_id, day, deposits, withdrawals, repayments, savings_change)
    values (new.group_id, new.occurred_on,
            case when new.kind = 'setoran' and new.reverses_entry_id is null then new.amount else 0 end,
            case when new.kind = 'penarikan' and new.reverses_entry_id is null then new.amount else 0 end,
            case when new.kind = 'angsuran' and new.reverses_entry_id is null then new.amount else 0 end,
            case new.kind when 'setoran' then 1 when 'penarikan' then -1 else 0 end
            * case when new.reverses_entry_id is null then new.amount else -new.amount end)
    on conflict (group_id, day) do update set
        deposits = deposits + excluded.deposits, withdrawals = withdrawals + excluded.withdrawals,
        repayments = repayments + excluded.repayments, savings_change = savings_change + excluded.savings_change;
    -- A reversal takes the entry it reverses out of that entry's day (unless that was a reversal itself).
    insert into group_day_money (group_id, day, deposits, withdrawals, repayments, savings_change)
    select x.group_id, x.occurred_on,
           case when x.kind = 'setoran' then -x.amount else 0 end,
           case when x.kind = 'penarikan' then -x.amount else 0 end,
           case when x.kind = 'angsuran' then -x.amount else 0 end, 0
      from ledger_entries x where x.id = new.reverses_entry_id and x.reverses_entry_id is null
    on conflict (group_id, day) do update set
        deposits = deposits + excluded.deposits, withdrawals = withdrawals + excluded.withdrawals,
        repayments = repayments + excluded.repayments;
    insert into group_savings (group_id, balance, last_on)
    values (new.group_id, case new.kind when 'setoran' then 1 when 'penarikan' then -1 else 0 end
                          * case when new.reverses_entry_id is null then new.amount else -new.amount end, new.occurred_on)
    on conflict (group_id) do update set
        balance = balance + excluded.balance, last_on = max(last_on, excluded.last_on);
    insert into loan_repaid (loan_id, repaid, last_on)
    select new.loan_id, case when new.reverses_entry_id is null then new.amount else -new.amount end, new.occurred_on
     where new.loan_id is not null
    on conflict (loan_id) do update set
        repaid = repaid + excluded.repaid, last_on = max(last_on, excluded.last_on);
    -- A member's first deposit of a week that counts makes her one of that week's savers in her group.
    insert into group_week_savers (group_id, week, savers)
    select new.group_id, date(new.occurred_on, 'weekday 0', '-6 days'), 1
     where new.kind = 'setoran' and new.reverses_entry_id is null
       and not exists (select 1 from ledger_entries e
                        where e.person_id = new.person_id and e.group_id = new.group_id and e.id <> new.id
                          and e.occurred_on between date(new.occurred_on, 'weekday 0', '-6 days') and date(new.occurred_on, 'weekday 0')
                          and e.kind = 'setoran' and +e.reverses_entry_id is null
                          and not exists (select 1 from ledger_entries r where r.reverses_entry_id = e.id))
    on conflict (group_id, week) do update set savers = savers + 1;
    -- A reversed deposit that was her only one of its week takes her out of that week's savers.
    update group_week_savers set savers = savers - 1
     where exists (select 1 from ledger_entries x
                    where x.id = new.reverses_entry_id and x.kind = 'setoran' and x.reverses_entry_id is null
                      and x.group_id = group_week_savers.group_id and date(x.occurred_on, 'weekday 0', '-6 days') = group_week_savers.week
                      and not exists (select 1 from ledger_entries e
                                       where e.person_id = x.person_id and e.group_id = x.group_id and e.id <> x.id
                                         and e.occurred_on between date(x.occurred_on, 'weekday 0', '-6 days') and date(x.occurred_on, 'weekday 0')
                                         and e.kind = 'setoran' and +e.reverses_entry_id is null
                                         and not exists (select 1 from ledger_entries r where r.reverses_entry_id = e.id)))
       and group_id = (select x.group_id from ledger_entries x where x.id = new.reverses_entry_id)
       and week = (select date(x.occurred_on, 'weekday 0', '-6 days') from ledger_entries x where x.id = new.reverses_entry_id);
end;
