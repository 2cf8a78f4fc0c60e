-- The console's simulator posts webhooks with a MessageSid of its own, 'SIM-...' (Twilio's start
-- with two letters and 32 hex digits, and a webhook needs the service's signature, so no one else
-- can send one). Every outbox row such a message causes (its receipts to other members, a
-- broadcast's rows, a resend) carries that sid and is born 'simulated' instead of 'queued': the
-- outbound worker claims only 'queued' rows, so nothing a simulation causes ever reaches Twilio.
-- A trigger rather than each insert: every way into the outbox, present and future, is covered;
-- its WHEN is checked before any function runs, so other rows pay almost nothing.
create function mark_simulated() returns trigger language plpgsql as $$
begin
    new.status := 'simulated';
    return new;
end;
$$;
create trigger outbox_simulated before insert on outbox
    for each row when (substr(new.source_message_sid, 1, 4) = 'SIM-' and new.status = 'queued')
    execute function mark_simulated();
