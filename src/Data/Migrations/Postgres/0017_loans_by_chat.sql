-- Loans by chat and arrears (issue 13, items 4 and 5): a pendamping records a disbursement (CAIR),
-- which says who recorded it and from which message; loans and meetings at other cadences than
-- weekly; members who asked to be reminded of their arrears (INGATKAN), and the reminders sent.

alter table loans drop constraint loans_frequency_check;
alter table loans add constraint loans_frequency_check
    check (frequency in ('mingguan', 'bulanan', 'dwimingguan', 'selapanan'));
alter table loans
    add column recorded_by_person_id bigint references people(id),
    add column source_message_sid    text references inbound_messages(sid),
    add column source                text not null default 'import';  -- sms | whatsapp | console | import

-- The first meeting of a group that does not meet weekly: its later meetings are counted from it
-- (every 14 days, the same day of each month, every 35 days). Null: counted from the weekday alone.
alter table groups add column first_meeting date;

-- Members who asked for the weekly arrears reminder; a row gone is an opt-out.
create table arrears_reminders (
    person_id          bigint primary key references people(id),
    subscribed_at      timestamptz not null,
    source_message_sid text references inbound_messages(sid)
);

-- One reminder per member per week (the Monday that starts it), whatever runs twice.
create table arrears_reminders_sent (
    person_id bigint not null references people(id),
    week      date not null,
    sent_at   timestamptz not null,
    primary key (person_id, week)
);

-- The weekly arrears reminder is a scheduled job of its own kind.
alter table scheduled_jobs drop constraint scheduled_jobs_kind_check;
alter table scheduled_jobs add constraint scheduled_jobs_kind_check
    check (kind in ('meeting-reminder', 'weekly-tips', 'arrears-reminders'));
