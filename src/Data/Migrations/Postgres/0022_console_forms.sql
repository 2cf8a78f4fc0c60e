-- PostgreSQL dialect of Sqlite/0022_console_forms.sql: a group's schedule changed and a member's
-- arrears reminder switched, by whom and from where (the console: source 'console', no message).
create table meeting_schedule_changes (
    id                    bigserial primary key,
    group_id              bigint not null references groups(id),
    old_schedule          text not null,
    meeting_cadence       text not null,
    meeting_day           text not null,
    meeting_time          text not null,
    meeting_place         text not null,
    first_meeting         date,
    recorded_by_person_id bigint references people(id),
    source                text not null,
    recorded_at           timestamptz not null
);
create index meeting_schedule_changes_group on meeting_schedule_changes (group_id, id);

create table arrears_reminder_changes (
    id                    bigserial primary key,
    person_id             bigint not null references people(id),
    wanted                boolean not null,
    recorded_by_person_id bigint references people(id),
    source_message_sid    text references inbound_messages(sid),
    source                text not null,
    recorded_at           timestamptz not null
);
create index arrears_reminder_changes_person on arrears_reminder_changes (person_id, id);
