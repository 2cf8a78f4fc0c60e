-- PostgreSQL dialect of Sqlite/0020_voice_calls.sql: each CallSid once, registered callers only,
-- and whether the call queued a balance SMS or met the limit.
create table voice_calls (
    call_sid    text primary key,
    phone       text not null,
    received_at timestamptz not null,
    outcome     text not null check (outcome in ('sms', 'limited'))
);
create index voice_calls_phone on voice_calls (phone, received_at);
