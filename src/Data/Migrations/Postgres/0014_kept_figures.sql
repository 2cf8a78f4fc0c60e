-- PostgreSQL dialect of Sqlite/0014_kept_figures.sql: figures kept as entries are recorded, by a
-- trigger in the entry's own transaction; an import that sets the ledger's indexes aside sets it
-- aside too and computes the tables once after the load (LedgerIndexesSetAside).

create table group_day_money (
    group_id       bigint not null references groups(id),
    day            date not null,
    deposits       bigint not null default 0,
    withdrawals    bigint not null default 0,
    repayments     bigint not null default 0,
    savings_change bigint not null default 0,
    primary key (group_id, day)
);
create index group_day_money_day on group_day_money (day, group_id) include (deposits, withdrawals, repayments, savings_change);

-- A group's savings balance after its latest entry (the day of which is last_on): the balance at
-- any day on or after it is this row, before it a sum of group_day_money. The village list then
-- reads one row per group, not one per group and day.
create table group_savings (
    group_id bigint primary key references groups(id),
    balance  bigint not null,
    last_on  date not null
);

-- What a loan has had repaid (reversals negative) and the day of its latest entry: the loan book at
-- any day on or after it is this row; before it, the ledger (ledger_entries_loan_paid).
create table loan_repaid (
    loan_id bigint primary key references loans(id),
    repaid  bigint not null,
    last_on date not null
);

insert into group_day_money (group_id, day, deposits, withdrawals, repayments, savings_change)
select e.group_id, e.occurred_on,
       sum(case when e.kind = 'setoran' and e.reverses_entry_id is null and r.id is null then e.amount else 0 end),
       sum(case when e.kind = 'penarikan' and e.reverses_entry_id is null and r.id is null then e.amount else 0 end),
       sum(case when e.kind = 'angsuran' and e.reverses_entry_id is null and r.id is null then e.amount else 0 end),
       sum(case e.kind when 'setoran' then 1 when 'penarikan' then -1 else 0 end
           * case when e.reverses_entry_id is null then e.amount else -e.amount end)
  from ledger_entries e left join ledger_entries r on r.reverses_entry_id = e.id
 group by e.group_id, e.occurred_on;

insert into group_savings (group_id, balance, last_on)
select group_id, sum(savings_change), max(day) from group_day_money group by group_id;

insert into loan_repaid (loan_id, repaid, last_on)
select e.loan_id, sum(case when e.reverses_entry_id is null then e.amount else -e.amount end), max(e.occurred_on)
  from ledger_entries e where e.loan_id is not null
 group by e.loan_id;

create function keep_entry_figures() returns trigger language plpgsql as $$
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
    return null;
end
$$;
create trigger ledger_entries_kept_figures after insert on ledger_entries
    for each row execute function keep_entry_figures();
