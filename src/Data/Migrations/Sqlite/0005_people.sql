-- People: one conversation per person, whatever channel they write on, and what each person is
-- called in the group (panggilan).

-- A person has one phone number, so a summary sent on SMS can be answered YA on WhatsApp. Until
-- now a phone had a conversation per channel; the one touched last is the one the person is in.
-- SQLite cannot change a primary key: the table is copied into its new shape.
create table conversations_per_person (
    phone      text primary key,
    step       text not null,
    data       text,
    expires_at text,
    updated_at text not null,
    version    integer not null default 0
);
-- Times are all in one text form since 0004 (UTC, "+00:00"), so they order as text.
insert into conversations_per_person (phone, step, data, expires_at, updated_at, version)
select phone, step, data, expires_at, updated_at, version
  from (select c.*, row_number() over (partition by phone order by updated_at desc, version desc, channel) as newest
          from conversations c)
 where newest = 1;
drop table conversations;
alter table conversations_per_person rename to conversations;

-- "Darmi" for Sudarmi: used in replies and matched when a treasurer types a name. Optional.
alter table people add column panggilan text;
