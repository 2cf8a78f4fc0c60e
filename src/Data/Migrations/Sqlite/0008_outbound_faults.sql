-- Outbound faults: a person's own message that Twilio took but could not deliver is sent again once
-- by SMS, and a number that keeps failing is flagged to its pendamping once.

-- The resend of a message reported undelivered: at most one per message, and a resend is never
-- resent itself.
alter table outbox add column resend_of integer references outbox(id);
create unique index outbox_resend_of on outbox (resend_of) where resend_of is not null;

-- Numbers that messages could not reach (invalid, switched off, gone), counted in a row; a message
-- delivered to the number removes its row. flagged_at: when its pendamping was told.
create table failing_numbers (
    phone           text primary key,       -- E.164
    failures_in_row integer not null,
    last_error_code integer not null,
    last_failed_at  text not null,
    flagged_at      text
);
