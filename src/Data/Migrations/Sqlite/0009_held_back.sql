-- A message the flood guard did not pass to the conversation says why (per_minute, per_day,
-- unregistered, repeated), so the next message knows whether the sender has had the notice.
alter table inbound_messages add column held_back text;

-- The guard counts a phone's messages over the last minute and the day, on either channel.
create index inbound_messages_phone_time on inbound_messages (from_phone, received_at);
