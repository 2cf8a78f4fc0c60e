-- PostgreSQL dialect of Sqlite/0002_reporting.sql: codes, reported repayments, disputes, attendance.

create table codes (
    id     bigserial primary key,
    kind   text not null check (kind in ('entry', 'report')),
    ref_id bigint not null,
    unique (kind, ref_id)
);
create trigger codes_no_update before update on codes
    for each row execute function refuse_change('codes are permanent: a code on a receipt always means the same row');
create trigger codes_no_delete before delete on codes
    for each row execute function refuse_change('codes are permanent: a code on a receipt always means the same row');
create trigger codes_no_truncate before truncate on codes
    for each statement execute function refuse_change('codes are permanent: a code on a receipt always means the same row');

-- Every entry and every reported repayment gets its code as it is inserted, whoever inserts it.
create function add_code() returns trigger language plpgsql as $$
begin
    insert into codes (kind, ref_id) values (tg_argv[0], new.id);
    return null;
end
$$;
insert into codes (kind, ref_id) select 'entry', id from ledger_entries order by id;
create trigger ledger_entries_code after insert on ledger_entries
    for each row execute function add_code('entry');

create index ledger_entries_group_day on ledger_entries (group_id, occurred_on);
create index loans_group on loans (group_id);

create table reported_repayments (
    id                   bigserial primary key,
    group_id             bigint not null references groups(id),
    person_id            bigint not null references people(id),
    loan_id              bigint not null references loans(id),
    amount               bigint not null check (amount > 0),
    status               text not null default 'menunggu' check (status in ('menunggu', 'diterima', 'ditolak')),
    reported_at          timestamptz not null,
    source_message_sid   text not null references inbound_messages(sid),
    decided_by_person_id bigint references people(id),
    decided_at           timestamptz,
    decided_message_sid  text references inbound_messages(sid),
    entry_id             bigint unique references ledger_entries(id),
    check ((status = 'menunggu') = (decided_at is null)),
    check ((status = 'diterima') = (entry_id is not null))
);
create trigger reported_repayments_code after insert on reported_repayments
    for each row execute function add_code('report');

create table entry_disputes (
    id                    bigserial primary key,
    entry_id              bigint not null references ledger_entries(id),
    disputed_by_person_id bigint references people(id),
    source_message_sid    text not null references inbound_messages(sid),
    reason                text,
    opened_at             timestamptz not null,
    resolution            text check (resolution in ('dikoreksi', 'dikonfirmasi')),
    resolved_by_person_id bigint references people(id),
    resolved_at           timestamptz,
    resolved_message_sid  text references inbound_messages(sid),
    check ((resolution is null) = (resolved_at is null))
);
create index entry_disputes_entry on entry_disputes (entry_id, resolution);

create table attendance (
    group_id              bigint not null references groups(id),
    person_id             bigint not null references people(id),
    meeting_on            date not null,
    status                text not null check (status in ('hadir', 'izin', 'sakit', 'alpa')),
    reason                text,
    recorded_by_person_id bigint references people(id),
    source_message_sid    text not null references inbound_messages(sid),
    recorded_at           timestamptz not null,
    primary key (group_id, person_id, meeting_on)
);
create index attendance_meeting on attendance (group_id, meeting_on);
