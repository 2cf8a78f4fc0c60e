-- The programme's console (issue 12): two roles for programme staff, the villages a pemantau
-- watches, sign-in codes sent to the phone, signed-in sessions and the data-protection key ring.

-- pemantau (monitoring, read-only) and admin. SQLite cannot change a check constraint: people is
-- made again in its new shape. Most tables refer to people (memberships, loans, the append-only
-- ledger...), too many to move aside as 0006 moved tip deliveries. Instead the references wait
-- (defer_foreign_keys, until this script's commit): dropping people leaves them without their
-- person for a moment, and putting every row back under the same id makes them whole again, which
-- the commit checks. People has no index or trigger of its own besides its unique phone.
pragma defer_foreign_keys = on;
create temp table people_kept as select * from people;
drop table people;
create table people (
    id           integer primary key,
    phone        text not null unique,         -- E.164
    name         text not null,
    role         text not null check (role in ('anggota', 'ketua', 'sekretaris', 'bendahara', 'pendamping', 'pemantau', 'admin')),
    salutation   text not null default 'Bapak/Ibu',
    opted_out_at text,
    created_at   text not null,
    panggilan    text
);
insert into people (id, phone, name, role, salutation, opted_out_at, created_at, panggilan)
select id, phone, name, role, salutation, opted_out_at, created_at, panggilan from temp.people_kept;
drop table temp.people_kept;

-- The villages a pemantau watches (groups.village, as written there); none: every village.
create table pemantau_villages (
    person_id integer not null references people(id),
    village   text not null,
    primary key (person_id, village)
);

-- One live sign-in code per phone: a new request replaces it. Only a hash of the code is kept.
create table console_codes (
    phone      text primary key,               -- E.164
    person_id  integer not null references people(id),
    salt       text not null,
    code_hash  text not null,
    tries_left integer not null,
    expires_at text not null,
    created_at text not null
);

-- Every request for a code, known number or not (the limits must not tell them apart), kept a day.
create table console_code_requests (
    id             integer primary key,
    phone          text not null,
    client_address text not null,
    requested_at   text not null
);
create index console_code_requests_phone on console_code_requests (phone, requested_at);
create index console_code_requests_address on console_code_requests (client_address, requested_at);
create index console_code_requests_time on console_code_requests (requested_at);

-- A signed-in browser: its cookie names the session; signing out ends it, so the cookie no longer works.
create table console_sessions (
    id           text primary key,
    person_id    integer not null references people(id),
    signed_in_at text not null,
    ended_at     text
);
create index console_sessions_person on console_sessions (person_id);

-- ASP.NET Core data protection's key ring (cookies, antiforgery): shared by every instance on this
-- database and kept across restarts.
create table data_protection_keys (
    name       text primary key,
    xml        text not null,
    created_at text not null
);
