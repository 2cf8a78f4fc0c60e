-- PostgreSQL dialect of Sqlite/0010_broadcast_fan_out.sql: a broadcast is recorded on YA and
-- expanded into outbox rows afterwards, a bounded batch per transaction, with its cursor on the row.
alter table broadcasts
    add column kind              text not null default 'broadcast',
    add column members           integer,
    add column after_group_id    bigint,
    add column after_list_number integer,
    add column fanned_out_at     timestamptz;

update broadcasts set fanned_out_at = created_at;

create table broadcast_groups (
    broadcast_id bigint not null references broadcasts(id),
    group_id     bigint not null references groups(id),
    primary key (broadcast_id, group_id)
);

create index broadcasts_fanning_out on broadcasts (id) where fanned_out_at is null;

drop index outbox_broadcast;
create unique index outbox_broadcast on outbox (broadcast_id, to_phone) where broadcast_id is not null;
