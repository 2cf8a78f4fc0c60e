-- People managed while the programme runs (issue 13): a pendamping registers a member, changes a
-- number, lets a member leave, names a new ketua or bendahara, by chat or in the console. Each change
-- is a row here: what changed, for whom, by whom and from which message (or the console).
-- A member who leaves keeps her person row and her whole history (ledger, attendance, loans); only her
-- membership goes, so every reading of memberships (the list, SALDO, broadcasts, the console) stops
-- counting her. Her place on the list is kept here.
create table people_changes (
    id                    integer primary key,
    kind                  text not null check (kind in ('daftar', 'ganti-nomor', 'keluar', 'jabatan')),
    person_id             integer not null references people(id),
    group_id              integer references groups(id),
    list_number           integer,
    old_value             text,                  -- ganti-nomor: the old phone; jabatan: the old role
    new_value             text,                  -- ganti-nomor: the new phone; jabatan: the new role
    recorded_by_person_id integer references people(id),
    source_message_sid    text references inbound_messages(sid),
    source                text not null,         -- sms | whatsapp | console
    recorded_at           text not null
);
create index people_changes_person on people_changes (person_id, id);
create index people_changes_group on people_changes (group_id, id);
