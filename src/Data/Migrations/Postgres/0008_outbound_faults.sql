-- PostgreSQL dialect of Sqlite/0008_outbound_faults.sql: a person's own message Twilio could not
-- deliver is sent again once by SMS; a number that keeps failing is flagged to its pendamping once.

alter table outbox add column resend_of bigint references outbox(id);
create unique index outbox_resend_of on outbox (resend_of) where resend_of is not null;

create table failing_numbers (
    phone           text primary key,
    failures_in_row integer not null,
    last_error_code integer not null,
    last_failed_at  timestamptz not null,
    flagged_at      timestamptz
);
