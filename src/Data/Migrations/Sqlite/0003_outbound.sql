-- Outbound: the outbox's way through Twilio, facilitator broadcasts, scheduled meetings and their
-- reminders, weekly business tips, and the scheduled work that sends them.

create table broadcasts (
    id                 integer primary key,
    sent_by_person_id  integer not null references people(id),
    group_id           integer references groups(id),   -- null: every group the pendamping accompanies
    body               text not null,
    source_message_sid text not null references inbound_messages(sid),
    created_at         text not null
);

-- Each outbox row is sent by whichever worker claims it first; a claim is a lease, so a worker
-- that dies lets its rows go when claimed_until passes (at least once, never lost).
-- status: queued (to send) | sent (Twilio took it) | failed (gave up, see error) | skipped (opted out)
alter table outbox add column priority integer not null default 0;   -- 0 one person's own business, 1 bulk
alter table outbox add column broadcast_id integer references broadcasts(id);
alter table outbox add column attempts integer not null default 0;
alter table outbox add column next_attempt_at text;                   -- null: as soon as possible
alter table outbox add column claimed_until text;
alter table outbox add column twilio_sid text;
alter table outbox add column delivery_status text;                  -- Twilio's, from status callbacks, only forward
alter table outbox add column error_code integer;
alter table outbox add column error text;
alter table outbox add column sent_at text;
alter table outbox add column sent_channel text;                     -- sms | whatsapp | whatsapp-template
drop index outbox_queued;
create index outbox_due on outbox (status, priority, id);
create unique index outbox_twilio_sid on outbox (twilio_sid) where twilio_sid is not null;
create index outbox_broadcast on outbox (broadcast_id) where broadcast_id is not null;

-- The 24-hour WhatsApp window and "write to people where they write to us" both need a sender's
-- latest inbound message per channel.
create index inbound_messages_sender on inbound_messages (from_phone, channel, received_at);

create table meetings (
    id                     integer primary key,
    group_id               integer not null references groups(id),
    starts_at              text not null,        -- UTC
    meeting_on             text not null,        -- the WIB date, as attendance keys it
    place                  text not null,
    scheduled_by_person_id integer references people(id),
    source_message_sid     text references inbound_messages(sid),
    created_at             text not null
);
create index meetings_group on meetings (group_id, starts_at);

-- Work that falls due at a time (a meeting's reminder, the weekly tips), done once by whichever
-- worker claims it first, across restarts and instances.
create table scheduled_jobs (
    id            integer primary key,
    kind          text not null check (kind in ('meeting-reminder', 'weekly-tips')),
    ref_id        integer,                       -- the meeting, for a reminder
    due_at        text not null,                 -- UTC
    claimed_until text,
    attempts      integer not null default 0,
    done_at       text,
    error         text,
    unique (kind, ref_id, due_at)
);
create index scheduled_jobs_due on scheduled_jobs (done_at, due_at);

create table tip_subscriptions (
    person_id          integer primary key references people(id),
    subscribed_at      text not null,
    source_message_sid text references inbound_messages(sid)
);

create table tip_deliveries (
    id        integer primary key,
    person_id integer not null references people(id),
    tip_code  text not null references tips(code),
    sent_at   text not null
);
create index tip_deliveries_person on tip_deliveries (person_id, id);
