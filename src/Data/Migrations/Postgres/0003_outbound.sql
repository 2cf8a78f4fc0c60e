-- PostgreSQL dialect of Sqlite/0003_outbound.sql: the outbox's way through Twilio, broadcasts,
-- meetings and their reminders, weekly tips, and the scheduled work that sends them.

create table broadcasts (
    id                 bigserial primary key,
    sent_by_person_id  bigint not null references people(id),
    group_id           bigint references groups(id),
    body               text not null,
    source_message_sid text not null references inbound_messages(sid),
    created_at         timestamptz not null
);

alter table outbox
    add column priority        integer not null default 0,
    add column broadcast_id    bigint references broadcasts(id),
    add column attempts        integer not null default 0,
    add column next_attempt_at timestamptz,
    add column claimed_until   timestamptz,
    add column twilio_sid      text,
    add column delivery_status text,
    add column error_code      integer,
    add column error           text,
    add column sent_at         timestamptz,
    add column sent_channel    text;
drop index outbox_queued;
create index outbox_due on outbox (status, priority, id);
create unique index outbox_twilio_sid on outbox (twilio_sid) where twilio_sid is not null;
create index outbox_broadcast on outbox (broadcast_id) where broadcast_id is not null;

create index inbound_messages_sender on inbound_messages (from_phone, channel, received_at);

create table meetings (
    id                     bigserial primary key,
    group_id               bigint not null references groups(id),
    starts_at              timestamptz not null,
    meeting_on             date not null,
    place                  text not null,
    scheduled_by_person_id bigint references people(id),
    source_message_sid     text references inbound_messages(sid),
    created_at             timestamptz not null
);
create index meetings_group on meetings (group_id, starts_at);

create table scheduled_jobs (
    id            bigserial primary key,
    kind          text not null check (kind in ('meeting-reminder', 'weekly-tips')),
    ref_id        bigint,
    due_at        timestamptz not null,
    claimed_until timestamptz,
    attempts      integer not null default 0,
    done_at       timestamptz,
    error         text,
    unique (kind, ref_id, due_at)
);
create index scheduled_jobs_due on scheduled_jobs (done_at, due_at);

create table tip_subscriptions (
    person_id          bigint primary key references people(id),
    subscribed_at      timestamptz not null,
    source_message_sid text references inbound_messages(sid)
);

create table tip_deliveries (
    id        bigserial primary key,
    person_id bigint not null references people(id),
    tip_code  text not null references tips(code),
    sent_at   timestamptz not null
);
create index tip_deliveries_person on tip_deliveries (person_id, id);
