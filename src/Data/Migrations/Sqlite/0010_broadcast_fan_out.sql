-- A broadcast is recorded on YA as one row; a background fan-out expands it into outbox rows
-- afterwards, a bounded batch per transaction, so the YA never holds the writer for the whole audience.
-- The audience is the groups as they were on YA (broadcast_groups). The cursor is the last member
-- expanded, as (group_id, list_number): the order of the memberships' own unique index, so each
-- batch reads only its own rows. It moves in the batch's transaction: a restart resumes, never repeats.
alter table broadcasts add column kind text not null default 'broadcast';
alter table broadcasts add column members integer;                -- audience on YA, opted-out included: STATUS counts the rest as waiting
alter table broadcasts add column after_group_id integer;         -- cursor; null: nothing expanded yet
alter table broadcasts add column after_list_number integer;
alter table broadcasts add column fanned_out_at text;             -- null: rows still to expand

-- Broadcasts before this script were expanded on YA.
update broadcasts set fanned_out_at = created_at;

create table broadcast_groups (
    broadcast_id integer not null references broadcasts(id),
    group_id     integer not null references groups(id),
    primary key (broadcast_id, group_id)
);

create index broadcasts_fanning_out on broadcasts (id) where fanned_out_at is null;

-- Each member once per broadcast, whatever expands it (a member of two of its groups, a batch run
-- again after a crash). Resends of a failed message carry no broadcast_id.
drop index outbox_broadcast;
create unique index outbox_broadcast on outbox (broadcast_id, to_phone) where broadcast_id is not null;
