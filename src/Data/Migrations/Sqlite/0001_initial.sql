-- The data model for the whole service: groups and people, loans, an append-only ledger,
-- inbound messages (each MessageSid once), conversation state and the outbox.
-- Money is whole rupiah (INTEGER). Times are UTC ISO-8601 text; dates are yyyy-MM-dd (WIB).

create table groups (
    id              integer primary key,
    code            text not null unique,
    name            text not null,
    village         text not null,
    meeting_day     text not null,             -- Senin .. Minggu
    meeting_time    text not null,             -- HH:mm, WIB
    meeting_place   text not null,
    meeting_cadence text not null default 'mingguan'
        check (meeting_cadence in ('mingguan', 'dwimingguan', 'bulanan', 'selapanan'))
);

create table people (
    id           integer primary key,
    phone        text not null unique,         -- E.164
    name         text not null,
    role         text not null check (role in ('anggota', 'ketua', 'sekretaris', 'bendahara', 'pendamping')),
    salutation   text not null default 'Bapak/Ibu',
    opted_out_at text,
    created_at   text not null
);

-- A member belongs to one group (list_number is their place in the group list);
-- a pendamping accompanies several (no list number).
create table memberships (
    person_id   integer not null references people(id),
    group_id    integer not null references groups(id),
    list_number integer,
    primary key (person_id, group_id),
    unique (group_id, list_number)
);

create table loans (
    id                integer primary key,
    person_id         integer not null references people(id),
    group_id          integer not null references groups(id),
    principal         integer not null check (principal > 0),
    disbursed_on      text not null,
    instalments       integer not null check (instalments > 0),
    instalment_amount integer not null check (instalment_amount > 0),
    frequency         text not null check (frequency in ('mingguan', 'bulanan')),
    created_at        text not null
);

create table inbound_messages (
    sid         text primary key,              -- Twilio's MessageSid: the same one is handled once
    channel     text not null,
    from_phone  text not null,
    body        text not null,
    received_at text not null,
    replies     text not null                  -- JSON array: a repeated delivery gets the same answer
);

-- Append-only (see the triggers): a correction is a new entry that reverses an old one.
create table ledger_entries (
    id                    integer primary key,
    group_id              integer not null references groups(id),
    person_id             integer not null references people(id),
    kind                  text not null check (kind in ('setoran', 'penarikan', 'angsuran')),
    amount                integer not null check (amount > 0),
    loan_id               integer references loans(id),
    occurred_on           text not null,
    reverses_entry_id     integer unique references ledger_entries(id),
    recorded_by_person_id integer references people(id),
    source_message_sid    text references inbound_messages(sid),
    source                text not null,         -- sms | whatsapp | import
    source_ref            text,                  -- e.g. ledger.csv:12 for imported rows
    note                  text,
    recorded_at           text not null,
    check ((kind = 'angsuran') = (loan_id is not null))
);
create index ledger_entries_person on ledger_entries (person_id, group_id);
create index ledger_entries_loan on ledger_entries (loan_id);

create trigger ledger_entries_no_update before update on ledger_entries
begin select raise(abort, 'ledger entries are append-only: add a reversing entry'); end;
create trigger ledger_entries_no_delete before delete on ledger_entries
begin select raise(abort, 'ledger entries are append-only: add a reversing entry'); end;

create table conversations (
    phone      text not null,
    channel    text not null,
    step       text not null,
    data       text,
    expires_at text,
    updated_at text not null,
    version    integer not null default 0,
    primary key (phone, channel)
);

-- Every outbound message is written here in the same transaction as what caused it;
-- a background sender delivers it.
create table outbox (
    id                 integer primary key,
    to_phone           text not null,
    channel            text not null,
    body               text not null,
    kind               text not null,            -- receipt | notice | reminder | tip | ...
    source_message_sid text references inbound_messages(sid),
    status             text not null default 'queued',
    created_at         text not null
);
create index outbox_queued on outbox (status, id);

create table tips (
    code     text primary key,
    category text not null check (category in ('keuangan', 'pemasaran', 'produksi', 'perizinan', 'kelompok', 'kerja')),
    text     text not null
);
