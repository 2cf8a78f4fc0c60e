-- A missed call asks for the balance (issue 14). Each CallSid once: Twilio may post the same call
-- again, and the retry must queue nothing more. Only registered callers are kept (a stranger's number
-- is not ours to store). outcome: 'sms' (the balance was queued in the outbox) or 'limited' (one had
-- gone within Voice__MinutesBetweenBalances: nothing queued).
create table voice_calls (
    call_sid    text primary key,
    phone       text not null,
    received_at text not null,
    outcome     text not null check (outcome in ('sms', 'limited'))
);
create index voice_calls_phone on voice_calls (phone, received_at);
