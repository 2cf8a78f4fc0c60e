-- PostgreSQL dialect of Sqlite/0026_kept_savers.sql: how many members saved, kept per group and
-- week (Senin-Minggu, named by its Monday) by the trigger that keeps the console's figures.

create table group_week_savers (
    group_id bigint not null references groups(id),
    week     date not null,
    savers   bigint not null,
    primary key (group_id, week)
);
create index group_week_savers_week on group_week_savers (week, group_id) include (savers);

-- The trigger asks whether a member has another deposit in the same week: a seek by day. (Its
-- "+e.reverses_entry_id is null" keeps the unique index on reverses_entry_id out, as in SQLite's.)
drop index ledger_entries_person;
create index ledger_entries_person on ledger_entries (person_id, group_id, occurred_on);

-- The reversed entries are few: looked up in their list, not once an entry.
insert into group_week_savers (group_id, week, savers)
select e.group_id, cast(date_trunc('week', e.occurred_on) as date), count(distinct e.person_id)
  from ledger_entries e
 where e.kind = 'setoran' and +e.reverses_entry_id is null
   and e.id not in (select r.reverses_entry_id from ledger_entries r where r.reverses_entry_id is not null)
 group by e.group_id, cast(date_trunc('week', e.occurred_on) as date);

create or replace function keep_entry_figures() returns trigger language plpgsql as $$
declare
    reversed ledger_entries%rowtype;
    saved_week date;
begin
    insert into group_day_money as k (group_id, day, deposits, withdrawals, repayments, savings_change)
    values (new.group_id, new.occurred_on,
            case when new.kind = 'setoran' and new.reverses_entry_id is null then new.amount else 0 end,
            case when new.kind = 'penarikan' and new.reverses_entry_id is null then new.amount else 0 end,
            case when new.kind = 'angsuran' and new.reverses_entry_id is null then new.amount else 0 end,
            case new.kind when 'setoran' then 1 when 'penarikan' then -1 else 0 end
            * case when new.reverses_entry_id is null then new.amount else -new.amount end)
    on conflict (group_id, day) do update set
        deposits = k.deposits + excluded.deposits, withdrawals = k.withdrawals + excluded.withdrawals,
        repayments = k.repayments + excluded.repayments, savings_change = k.savings_change + excluded.savings_change;
    -- A reversal takes the entry it reverses out of that entry's day (unless that was a reversal itself).
    insert into group_day_money as k (group_id, day, deposits, withdrawals, repayments, savings_change)
    select x.group_id, x.occurred_on,
           case when x.kind = 'setoran' then -x.amount else 0 end,
           case when x.kind = 'penarikan' then -x.amount else 0 end,
           case when x.kind = 'angsuran' then -x.amount else 0 end, 0
      from ledger_entries x where x.id = new.reverses_entry_id and x.reverses_entry_id is null
    on conflict (group_id, day) do update set
        deposits = k.deposits + excluded.deposits, withdrawals = k.withdrawals + excluded.withdrawals,
        repayments = k.repayments + excluded.repayments;
    insert into group_savings as k (group_id, balance, last_on)
    values (new.group_id, case new.kind when 'setoran' then 1 when 'penarikan' then -1 else 0 end
                          * case when new.reverses_entry_id is null then new.amount else -new.amount end, new.occurred_on)
    on conflict (group_id) do update set
        balance = k.balance + excluded.balance, last_on = greatest(k.last_on, excluded.last_on);
    if new.loan_id is not null then
        insert into loan_repaid as k (loan_id, repaid, last_on)
        values (new.loan_id, case when new.reverses_entry_id is null then new.amount else -new.amount end, new.occurred_on)
        on conflict (loan_id) do update set
            repaid = k.repaid + excluded.repaid, last_on = greatest(k.last_on, excluded.last_on);
    end if;

    -- Savers of a week. Two turns never both count a member, or both take her out: the upsert of
    -- group_savings above holds her group's row to the end of the transaction, so entries of one
    -- group are recorded one after another, and each statement below (read committed: a new
    -- snapshot) sees every entry the turns before committed (KeptFiguresTests, eight at once).
    if new.kind = 'setoran' and new.reverses_entry_id is null then
        -- A member's first deposit of a week that counts makes her one of that week's savers in her group.
        saved_week := cast(date_trunc('week', new.occurred_on) as date);
        insert into group_week_savers as s (group_id, week, savers)
        select new.group_id, saved_week, 1
         where not exists (select 1 from ledger_entries e
                            where e.person_id = new.person_id and e.group_id = new.group_id and e.id <> new.id
                              and e.occurred_on between saved_week and saved_week + 6
                              and e.kind = 'setoran' and +e.reverses_entry_id is null
                              and not exists (select 1 from ledger_entries r where r.reverses_entry_id = e.id))
        on conflict (group_id, week) do update set savers = s.savers + 1;
    elsif new.reverses_entry_id is not null then
        -- A reversed deposit that was her only one of its week takes her out of that week's savers.
        select * into reversed from ledger_entries x where x.id = new.reverses_entry_id;
        if reversed.kind = 'setoran' and reversed.reverses_entry_id is null then
            saved_week := cast(date_trunc('week', reversed.occurred_on) as date);
            update group_week_savers s set savers = s.savers - 1
             where s.group_id = reversed.group_id and s.week = saved_week
               and not exists (select 1 from ledger_entries e
                                where e.person_id = reversed.person_id and e.group_id = reversed.group_id and e.id <> reversed.id
                                  and e.occurred_on between saved_week and saved_week + 6
                                  and e.kind = 'setoran' and +e.reverses_entry_id is null
                                  and not exists (select 1 from ledger_entries r where r.reverses_entry_id = e.id));
        end if;
    end if;
    return null;
end
$$;
