-- Loans by chat and arrears (issue 13, items 4 and 5): a pendamping records a disbursement (CAIR),
-- which says who recorded it and from which message; loans and meetings at other cadences than
-- weekly; members who asked to be reminded of their arrears (INGATKAN), and the reminders sent.

-- The frequency check widens to dwimingguan (14 days) and selapanan (35 days). SQLite cannot change
-- a check: loans is made again, as 0012 made people again. Its references (ledger entries,
-- reported repayments, loan_repaid) wait until this script's commit (defer_foreign_keys) and find
-- every loan back under its id. Loans has no trigger; its one index is made again below.
pragma defer_foreign_keys = on;
create temp table loans_kept as select * from loans;
drop table loans;
create table loans (
    id                    integer primary key,
    person_id             integer not null references people(id),
    group_id              integer not null references groups(id),
    principal             integer not null check (principal > 0),
    disbursed_on          text not null,
    instalments           integer not null check (instalments > 0),
    instalment_amount     integer not null check (instalment_amount > 0),
    frequency             text not null check (frequency in ('mingguan', 'bulanan', 'dwimingguan', 'selapanan')),
    created_at            text not null,
    recorded_by_person_id integer references people(id),
    source_message_sid    text references inbound_messages(sid),
    source                text not null default 'import'   -- sms | whatsapp | console | import
);
insert into loans (id, person_id, group_id, principal, disbursed_on, instalments, instalment_amount, frequency, created_at)
select id, person_id, group_id, principal, disbursed_on, instalments, instalment_amount, frequency, created_at from temp.loans_kept;
drop table temp.loans_kept;
create index loans_group on loans (group_id);

-- The first meeting of a group that does not meet weekly: its later meetings are counted from it
-- (every 14 days, the same day of each month, every 35 days). Null: counted from the weekday alone.
alter table groups add column first_meeting text;

-- Members who asked for the weekly arrears reminder; a row gone is an opt-out.
create table arrears_reminders (
    person_id          integer primary key references people(id),
    subscribed_at      text not null,
    source_message_sid text references inbound_messages(sid)
);

-- One reminder per member per week (the Monday that starts it), whatever runs twice.
create table arrears_reminders_sent (
    person_id integer not null references people(id),
    week      text not null,
    sent_at   text not null,
    primary key (person_id, week)
);

-- The weekly arrears reminder is a scheduled job of its own kind. Nothing refers to scheduled_jobs:
-- it is made again with the wider check, rows and ids as they were.
create temp table scheduled_jobs_kept as select * from scheduled_jobs;
drop table scheduled_jobs;
create table scheduled_jobs (
    id            integer primary key,
    kind          text not null check (kind in ('meeting-reminder', 'weekly-tips', 'arrears-reminders')),
    ref_id        integer,                       -- the meeting, for a reminder
    due_at        text not null,                 -- UTC
    claimed_until text,
    attempts      integer not null default 0,
    done_at       text,
    error         text,
    unique (kind, ref_id, due_at)
);
insert into scheduled_jobs (id, kind, ref_id, due_at, claimed_until, attempts, done_at, error)
select id, kind, ref_id, due_at, claimed_until, attempts, done_at, error from temp.scheduled_jobs_kept;
drop table temp.scheduled_jobs_kept;
create index scheduled_jobs_due on scheduled_jobs (done_at, due_at);
