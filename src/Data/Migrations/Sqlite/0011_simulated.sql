-- The console's simulator posts webhooks with a MessageSid of its own, 'SIM-...' (Twilio's start
-- with two letters and 32 hex digits, and a webhook needs the service's signature, so no one else
-- can send one). Every outbox row such a message causes (its receipts to other members, a
-- broadcast's rows, a resend) carries that sid and is born 'simulated' instead of 'queued': the
-- outbound worker claims only 'queued' rows, so nothing a simulation causes ever reaches Twilio.
-- A trigger rather than each insert: every way into the outbox, present and future, is covered.
create trigger outbox_simulated after insert on outbox
when substr(new.source_message_sid, 1, 4) = 'SIM-' and new.status = 'queued'
begin
    update outbox set status = 'simulated' where id = new.id;
end;
