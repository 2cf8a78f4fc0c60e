-- PostgreSQL dialect of Sqlite/0016_people_changes.sql: who joined, changed number, left or took an
-- office, by whom and from which message (or the console).
create table people_changes (
    id                    bigserial primary key,
    kind                  text not null check (kind in ('daftar', 'ganti-nomor', 'keluar', 'jabatan')),
    person_id             bigint not null references people(id),
    group_id              bigint references groups(id),
    list_number           integer,
    old_value             text,
    new_value             text,
    recorded_by_person_id bigint references people(id),
    source_message_sid    text references inbound_messages(sid),
    source                text not null,
    recorded_at           timestamptz not null
);
create index people_changes_person on people_changes (person_id, id);
create index people_changes_group on people_changes (group_id, id);
