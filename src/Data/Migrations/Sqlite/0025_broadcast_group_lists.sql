-- A broadcast's groups are listed by the fan-out, not by its YA. The YA of UMUMKAN SEMUA from a
-- pendamping of 50,000 groups inserted 50,000 broadcast_groups rows inside its turn: about a
-- quarter of a second of the single writer, which every turn committed with it waited for. The
-- YA now keeps the ids, as they were on YA, in the broadcast's own row; the fan-out copies them
-- into broadcast_groups a bounded batch at a time before it queues anyone.
alter table broadcasts add column group_ids text;                              -- JSON array still to list; null: listed
alter table broadcasts add column groups_listed integer not null default 0;   -- how many of group_ids are listed
