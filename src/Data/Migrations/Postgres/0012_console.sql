-- PostgreSQL dialect of Sqlite/0012_console.sql: two staff roles, a pemantau's villages, sign-in
-- codes and their requests, console sessions and the data-protection key ring.

alter table people drop constraint people_role_check;
alter table people add constraint people_role_check
    check (role in ('anggota', 'ketua', 'sekretaris', 'bendahara', 'pendamping', 'pemantau', 'admin'));

create table pemantau_villages (
    person_id bigint not null references people(id),
    village   text not null,
    primary key (person_id, village)
);

create table console_codes (
    phone      text primary key,
    person_id  bigint not null references people(id),
    salt       text not null,
    code_hash  text not null,
    tries_left integer not null,
    expires_at timestamptz not null,
    created_at timestamptz not null
);

create table console_code_requests (
    id             bigserial primary key,
    phone          text not null,
    client_address text not null,
    requested_at   timestamptz not null
);
create index console_code_requests_phone on console_code_requests (phone, requested_at);
create index console_code_requests_address on console_code_requests (client_address, requested_at);
create index console_code_requests_time on console_code_requests (requested_at);

create table console_sessions (
    id           text primary key,
    person_id    bigint not null references people(id),
    signed_in_at timestamptz not null,
    ended_at     timestamptz
);
create index console_sessions_person on console_sessions (person_id);

create table data_protection_keys (
    name       text primary key,
    xml        text not null,
    created_at timestamptz not null
);
