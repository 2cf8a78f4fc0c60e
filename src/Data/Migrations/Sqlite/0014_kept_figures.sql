-- Figures kept as entries are recorded (issue 12, "fast enough for a nation"): at 1M members the
-- console's savings balance read the whole ledger (50M rows) and its loan book summed every loan's
-- repayments (250,000 loans), each over a second. A trigger keeps them in the entry's own transaction,
-- whoever inserts it; an import that sets the ledger's indexes aside sets this trigger aside too and
-- computes the tables once after the load (LedgerIndexesSetAside). KeptFiguresTests hold them equal
-- to the ledger.

-- A group's money of one day: what REKAP and the console count (never reversed, reverses nothing),
-- and the change in savings (setoran - penarikan, reversals negative), from which a balance is a sum.
create table group_day_money (
    group_id       integer not null references groups(id),
    day            text not null,
    deposits       integer not null default 0,
    withdrawals    integer not null default 0,
    repayments     integer not null default 0,
    savings_change integer not null default 0,
    primary key (group_id, day)
) without rowid;
-- A period across many groups: the days first, read from the index alone.
create index group_day_money_day on group_day_money (day, group_id, deposits, withdrawals, repayments, savings_change);

-- A group's savings balance after its latest entry (the day of which is last_on): the balance at
-- any day on or after it is this row, before it a sum of group_day_money. The village list then
-- reads one row per group, not one per group and day.
create table group_savings (
    group_id integer primary key references groups(id),
    balance  integer not null,
    last_on  text not null
);

-- What a loan has had repaid (reversals negative) and the day of its latest entry: the loan book at
-- any day on or after it is this row; before it, the ledger (ledger_entries_loan_paid).
create table loan_repaid (
    loan_id integer primary key references loans(id),
    repaid  integer not null,
    last_on text not null
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
end;
