-- PostgreSQL dialect of Sqlite/0007_message_retention.sql: message bodies are blanked after
-- Retention__MessageBodies; the row stays and body_removed_at says when its words went.
alter table inbound_messages add column body_removed_at timestamptz;
alter table outbox add column body_removed_at timestamptz;

-- "if not exists": on a large database create them by hand with "create index concurrently"
-- before the release (docs/deploy.md, Migrations on rollout), and this finds them there.
create index if not exists inbound_messages_body_kept on inbound_messages (received_at) where body_removed_at is null;
create index if not exists outbox_body_kept on outbox (created_at) where body_removed_at is null;
