-- PostgreSQL dialect of Sqlite/0005_people.sql: one conversation per person, and panggilan.

-- The conversation touched last is the one the person is in; the others go.
delete from conversations c
 using conversations newer
 where newer.phone = c.phone
   and (newer.updated_at, newer.version, c.channel) > (c.updated_at, c.version, newer.channel);
alter table conversations drop constraint conversations_pkey;
alter table conversations drop column channel;
alter table conversations add primary key (phone);

alter table people add column panggilan text;
