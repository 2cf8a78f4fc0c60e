-- PostgreSQL dialect of Sqlite/0029_kept_members.sql: members (a place on the list) kept per group
-- by triggers on memberships, a row at a time as SQLite's (the import writes one membership a
-- statement here: a trigger once a statement, over its transition table, cost it 65 s a million).

create table group_members (
    group_id bigint primary key references groups(id),
    members  bigint not null
);

insert into group_members (group_id, members)
select group_id, count(*) from memberships where list_number is not null group by group_id;

create or replace function keep_group_members() returns trigger language plpgsql as $$
begin
    -- Nothing moves a membership today; should something, the count follows it.
    if tg_op in ('DELETE', 'UPDATE') and old.list_number is not null then
        update group_members set members = members - 1 where group_id = old.group_id;
    end if;
    if tg_op in ('INSERT', 'UPDATE') and new.list_number is not null then
        insert into group_members as k (group_id, members) values (new.group_id, 1)
        on conflict (group_id) do update set members = k.members + 1;
    end if;
    return null;
end
$$;

create trigger memberships_kept_members after insert or delete or update of group_id, list_number on memberships
    for each row execute function keep_group_members();
