-- Review of issue 13. A meeting called in the console (/console/rapat) came from no message, yet a
-- broadcast had to name one: the console wrote a stand-in inbound message (sid CONSOLE-..., from
-- 'console') for it. Now a broadcast and a meeting say where they came from, as loans and people's
-- changes do: source sms | whatsapp (with the message) or console (no message; the person who
-- recorded it is sent_by_person_id / scheduled_by_person_id). The stand-ins already written go.
-- Questions and answers keep their words only as long as messages do (Retention__MessageBodies).

-- SQLite cannot change a column's null or add a table check: broadcasts and meetings are made
-- again, as 0017 made loans again. Outbox rows and broadcast_groups refer to broadcasts; they wait
-- until this script's commit (defer_foreign_keys) and find every broadcast back under its id.
-- Neither table has a trigger; their indexes are made again below.
pragma defer_foreign_keys = on;

create temp table console_stand_ins as
select sid from inbound_messages where sid like 'CONSOLE-%' and from_phone = 'console';

create temp table broadcasts_kept as select * from broadcasts;
drop table broadcasts;
create table broadcasts (
    id                 integer primary key,
    sent_by_person_id  integer not null references people(id),
    group_id           integer references groups(id),   -- null: every group the pendamping accompanies
    body               text not null,
    source_message_sid text references inbound_messages(sid),
    created_at         text not null,
    kind               text not null default 'broadcast',
    members            integer,
    after_group_id     integer,
    after_list_number  integer,
    fanned_out_at      text,
    source             text not null check (source in ('sms', 'whatsapp', 'console')),
    check ((source = 'console') = (source_message_sid is null))
);
insert into broadcasts (id, sent_by_person_id, group_id, body, source_message_sid, created_at, kind, members,
                        after_group_id, after_list_number, fanned_out_at, source)
select b.id, b.sent_by_person_id, b.group_id, b.body, case when s.sid is null then b.source_message_sid end, b.created_at, b.kind, b.members,
       b.after_group_id, b.after_list_number, b.fanned_out_at,
       case when s.sid is not null then 'console' when i.channel = 'whatsapp' then 'whatsapp' else 'sms' end
  from temp.broadcasts_kept b
  left join temp.console_stand_ins s on s.sid = b.source_message_sid
  left join inbound_messages i on i.sid = b.source_message_sid;
drop table temp.broadcasts_kept;
create index broadcasts_fanning_out on broadcasts (id) where fanned_out_at is null;

create temp table meetings_kept as select * from meetings;
drop table meetings;
create table meetings (
    id                     integer primary key,
    group_id               integer not null references groups(id),
    starts_at              text not null,        -- UTC
    meeting_on             text not null,        -- the WIB date, as attendance keys it
    place                  text not null,
    scheduled_by_person_id integer references people(id),
    source_message_sid     text references inbound_messages(sid),
    created_at             text not null,
    source                 text not null check (source in ('sms', 'whatsapp', 'console')),
    check ((source = 'console') = (source_message_sid is null)),
    check (source <> 'console' or scheduled_by_person_id is not null)
);
insert into meetings (id, group_id, starts_at, meeting_on, place, scheduled_by_person_id, source_message_sid, created_at, source)
select m.id, m.group_id, m.starts_at, m.meeting_on, m.place, m.scheduled_by_person_id, case when s.sid is null then m.source_message_sid end, m.created_at,
       case when s.sid is not null then 'console' when i.channel = 'whatsapp' then 'whatsapp' else 'sms' end
  from temp.meetings_kept m
  left join temp.console_stand_ins s on s.sid = m.source_message_sid
  left join inbound_messages i on i.sid = m.source_message_sid;
drop table temp.meetings_kept;
create index meetings_group on meetings (group_id, starts_at);

-- The notices a console broadcast fanned out named the stand-in too.
update outbox set source_message_sid = null where source_message_sid in (select sid from temp.console_stand_ins);
delete from inbound_messages where sid in (select sid from temp.console_stand_ins);
drop table temp.console_stand_ins;

-- The words of a question and of its answers are blanked as message bodies are; the rows stay.
alter table questions add column body_removed_at text;
alter table question_answers add column body_removed_at text;
create index questions_body_kept on questions (asked_at) where body_removed_at is null;
create index question_answers_body_kept on question_answers (answered_at) where body_removed_at is null;
