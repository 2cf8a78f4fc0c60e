-- Reporting over SMS: short codes on receipts, repayments members report (BAYAR) until the
-- treasurer decides, disputes of entries (SALAH) and attendance at meetings.

-- One code space for ledger entries and reported repayments: the code on a receipt (K7Q2) is
-- EntryCodes.Encode(codes.id). Permanent, like the ledger: a printed code always means the same row.
create table codes (
    id     integer primary key,
    kind   text not null check (kind in ('entry', 'report')),
    ref_id integer not null,
    unique (kind, ref_id)
);
create trigger codes_no_update before update on codes
begin select raise(abort, 'codes are permanent: a code on a receipt always means the same row'); end;
create trigger codes_no_delete before delete on codes
begin select raise(abort, 'codes are permanent: a code on a receipt always means the same row'); end;

-- Every entry gets its code as it is inserted, whoever inserts it (the seed import writes entries
-- too, and an imported entry can be corrected by code); entries already there get theirs now.
insert into codes (kind, ref_id) select 'entry', id from ledger_entries order by id;
create trigger ledger_entries_code after insert on ledger_entries
begin insert into codes (kind, ref_id) values ('entry', new.id); end;

-- REKAP: a group's money and its entries since a date.
create index ledger_entries_group_day on ledger_entries (group_id, occurred_on);
create index loans_group on loans (group_id);

-- A repayment a member reported; it moves the loan only once accepted, through its angsuran entry.
create table reported_repayments (
    id                   integer primary key,
    group_id             integer not null references groups(id),
    person_id            integer not null references people(id),
    loan_id              integer not null references loans(id),
    amount               integer not null check (amount > 0),
    status               text not null default 'menunggu' check (status in ('menunggu', 'diterima', 'ditolak')),
    reported_at          text not null,
    source_message_sid   text not null references inbound_messages(sid),
    decided_by_person_id integer references people(id),
    decided_at           text,
    decided_message_sid  text references inbound_messages(sid),
    entry_id             integer unique references ledger_entries(id),
    check ((status = 'menunggu') = (decided_at is null)),
    check ((status = 'diterima') = (entry_id is not null))
);
create trigger reported_repayments_code after insert on reported_repayments
begin insert into codes (kind, ref_id) values ('report', new.id); end;

-- A member saying an entry is wrong; open until the entry is reversed or the treasurer confirms it.
create table entry_disputes (
    id                    integer primary key,
    entry_id              integer not null references ledger_entries(id),
    disputed_by_person_id integer references people(id),
    source_message_sid    text not null references inbound_messages(sid),
    reason                text,
    opened_at             text not null,
    resolution            text check (resolution in ('dikoreksi', 'dikonfirmasi')),
    resolved_by_person_id integer references people(id),
    resolved_at           text,
    resolved_message_sid  text references inbound_messages(sid),
    check ((resolution is null) = (resolved_at is null))
);
create index entry_disputes_entry on entry_disputes (entry_id, resolution);

-- Attendance is not money: the latest word replaces the earlier one, and the row says whose word
-- and which message it was.
create table attendance (
    group_id              integer not null references groups(id),
    person_id             integer not null references people(id),
    meeting_on            text not null,         -- yyyy-MM-dd
    status                text not null check (status in ('hadir', 'izin', 'sakit', 'alpa')),
    reason                text,
    recorded_by_person_id integer references people(id),
    source_message_sid    text not null references inbound_messages(sid),
    recorded_at           text not null,
    primary key (group_id, person_id, meeting_on)
);
create index attendance_meeting on attendance (group_id, meeting_on);
