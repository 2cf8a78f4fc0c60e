-- Message bodies are kept for Retention__MessageBodies (365 days by default), then blanked by the
-- retention job: the row stays (who wrote, when, on which channel, what the books point to), only
-- the words go, and body_removed_at says when, so an empty body is never mistaken for an empty SMS.
alter table inbound_messages add column body_removed_at text;
alter table outbox add column body_removed_at text;

-- The job takes the oldest rows still holding their words; these indexes hold only those, so a
-- pass does not walk through years of rows it already blanked.
create index inbound_messages_body_kept on inbound_messages (received_at) where body_removed_at is null;
create index outbox_body_kept on outbox (created_at) where body_removed_at is null;
