-- Issue 13 in the console: a group's meeting schedule changed, and a member's arrears reminder
-- switched on or off, each a row saying by whom and from where. The groups row and arrears_reminders
-- hold what is true now; these hold how it came to be. The chat's INGATKAN writes here too (its
-- message and 'sms' or 'whatsapp'); the console has no message: source 'console', no sid.
create table meeting_schedule_changes (
    id                    integer primary key,
    group_id              integer not null references groups(id),
    old_schedule          text not null,        -- as the summary worded it: cadence, day, time, place, first meeting
    meeting_cadence       text not null,
    meeting_day           text not null,
    meeting_time          text not null,
    meeting_place         text not null,
    first_meeting         text,
    recorded_by_person_id integer references people(id),
    source                text not null,
    recorded_at           text not null
);
create index meeting_schedule_changes_group on meeting_schedule_changes (group_id, id);

create table arrears_reminder_changes (
    id                    integer primary key,
    person_id             integer not null references people(id),
    wanted                integer not null,      -- 1 switched on, 0 switched off
    recorded_by_person_id integer references people(id),
    source_message_sid    text references inbound_messages(sid),
    source                text not null,         -- sms | whatsapp | console
    recorded_at           text not null
);
create index arrears_reminder_changes_person on arrears_reminder_changes (person_id, id);
