-- PostgreSQL dialect of Sqlite/0021_console_sources.sql: a broadcast and a meeting say where they
-- came from (sms | whatsapp with the message, console without one); the console's stand-in inbound
-- messages (sid CONSOLE-..., from 'console') go; questions and answers can have their words blanked.
create temporary table console_stand_ins on commit drop as
select sid from inbound_messages where sid like 'CONSOLE-%' and from_phone = 'console';

alter table broadcasts alter column source_message_sid drop not null, add column source text;
update broadcasts b
   set source = case when s.sid is not null then 'console' when i.channel = 'whatsapp' then 'whatsapp' else 'sms' end,
       source_message_sid = case when s.sid is null then b.source_message_sid end
  from broadcasts k
  left join console_stand_ins s on s.sid = k.source_message_sid
  left join inbound_messages i on i.sid = k.source_message_sid
 where k.id = b.id;
alter table broadcasts
    alter column source set not null,
    add constraint broadcasts_source_check check (source in ('sms', 'whatsapp', 'console')),
    add constraint broadcasts_source_message_check check ((source = 'console') = (source_message_sid is null));

alter table meetings add column source text;
update meetings m
   set source = case when s.sid is not null then 'console' when i.channel = 'whatsapp' then 'whatsapp' else 'sms' end,
       source_message_sid = case when s.sid is null then m.source_message_sid end
  from meetings k
  left join console_stand_ins s on s.sid = k.source_message_sid
  left join inbound_messages i on i.sid = k.source_message_sid
 where k.id = m.id;
alter table meetings
    alter column source set not null,
    add constraint meetings_source_check check (source in ('sms', 'whatsapp', 'console')),
    add constraint meetings_source_message_check check ((source = 'console') = (source_message_sid is null)),
    add constraint meetings_console_person_check check (source <> 'console' or scheduled_by_person_id is not null);

update outbox set source_message_sid = null where source_message_sid in (select sid from console_stand_ins);
delete from inbound_messages where sid in (select sid from console_stand_ins);

alter table questions add column body_removed_at timestamptz;
alter table question_answers add column body_removed_at timestamptz;
create index questions_body_kept on questions (asked_at) where body_removed_at is null;
create index question_answers_body_kept on question_answers (answered_at) where body_removed_at is null;
