-- PostgreSQL dialect of Sqlite/0001_initial.sql: the same tables, columns and rules.
-- Money is whole rupiah (bigint); moments are timestamptz; calendar dates (WIB) are date.
-- Ids are bigserial, so a test fixture can insert rows with ids of its choosing.

create table groups (
    id              bigserial primary key,
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
    id           bigserial primary key,
    phone        text not null unique,         -- E.164
    name         text not null,
    role         text not null check (role in ('anggota', 'ketua', 'sekretaris', 'bendahara', 'pendamping')),
    salutation   text not null default 'Bapak/Ibu',
    opted_out_at timestamptz,
    created_at   timestamptz not null
);

create table memberships (
    person_id   bigint not null references people(id),
    group_id    bigint not null references groups(id),
    list_number integer,
    primary key (person_id, group_id),
    unique (group_id, list_number)
);

create table loans (
    id                bigserial primary key,
    person_id         bigint not null references people(id),
    group_id          bigint not null references groups(id),
    principal         bigint not null check (principal > 0),
    disbursed_on      date not null,
    instalments       integer not null check (instalments > 0),
    instalment_amount bigint not null check (instalment_amount > 0),
    frequency         text not null check (frequency in ('mingguan', 'bulanan')),
    created_at        timestamptz not null
);

create table inbound_messages (
    sid         text primary key,              -- Twilio's MessageSid: the same one is handled once
    channel     text not null,
    from_phone  text not null,
    body        text not null,
    received_at timestamptz not null,
    replies     text not null                  -- JSON array: a repeated delivery gets the same answer
);

create table ledger_entries (
    id                    bigserial primary key,
    group_id              bigint not null references groups(id),
    person_id             bigint not null references people(id),
    kind                  text not null check (kind in ('setoran', 'penarikan', 'angsuran')),
    amount                bigint not null check (amount > 0),
    loan_id               bigint references loans(id),
    occurred_on           date not null,
    reverses_entry_id     bigint unique references ledger_entries(id),
    recorded_by_person_id bigint references people(id),
    source_message_sid    text references inbound_messages(sid),
    source                text not null,
    source_ref            text,
    note                  text,
    recorded_at           timestamptz not null,
    check ((kind = 'angsuran') = (loan_id is not null))
);
create index ledger_entries_person on ledger_entries (person_id, group_id);
create index ledger_entries_loan on ledger_entries (loan_id);

-- The message (the argument) names what is kept and why, as SQLite's raise(abort, ...) does.
create function refuse_change() returns trigger language plpgsql as $$
begin
    raise exception '%', tg_argv[0];
end
$$;
create trigger ledger_entries_no_update before update on ledger_entries
    for each row execute function refuse_change('ledger entries are append-only: add a reversing entry');
create trigger ledger_entries_no_delete before delete on ledger_entries
    for each row execute function refuse_change('ledger entries are append-only: add a reversing entry');
-- Row triggers do not see a truncate; SQLite has none to guard against.
create trigger ledger_entries_no_truncate before truncate on ledger_entries
    for each statement execute function refuse_change('ledger entries are append-only: add a reversing entry');

create table conversations (
    phone      text not null,
    channel    text not null,
    step       text not null,
    data       text,
    expires_at timestamptz,
    updated_at timestamptz not null,
    version    integer not null default 0,
    primary key (phone, channel)
);

create table outbox (
    id                 bigserial primary key,
    to_phone           text not null,
    channel            text not null,
    body               text not null,
    kind               text not null,
    source_message_sid text references inbound_messages(sid),
    status             text not null default 'queued',
    created_at         timestamptz not null
);
create index outbox_queued on outbox (status, id);

create table tips (
    code     text primary key,
    category text not null check (category in ('keuangan', 'pemasaran', 'produksi', 'perizinan', 'kelompok', 'kerja')),
    text     text not null
);
