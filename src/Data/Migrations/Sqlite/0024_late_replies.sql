-- A turn that finished after Twilio stopped waiting for its answer (15 s) sends its replies as
-- messages of kind 'late-reply'. A second delivery of that MessageSid looks for them here, so it
-- does not answer them again: an index of those rows only, a handful among millions.
create index outbox_late_replies on outbox (source_message_sid) where kind = 'late-reply';
