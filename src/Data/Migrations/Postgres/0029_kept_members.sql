-- PostgreSQL dialect of Sqlite/0029_kept_members.sql: members (a place on the list) kept per group.
-- The triggers run once a statement, over the rows it changed: an import's inserts of a hundred
-- memberships at a time update each of their groups once, not once a member.

create table group_members (
    group_id bigint primary key references groups(id),
    members  bigint not null
);

insert into group_members (group_id, members)
select group_id, count(*) from memberships where list_number is not null group by group_id;

create or replace function keep_members_added() returns trigger language plpgsql as $$
begin
    insert into group_members as k (group_id, members)
    select group_id, count(*) from added where list_number is not null group by group_id
    on conflict (group_id) do update set members = k.members + excluded.members;
    return null;
end
$$;

create or replace function keep_members_removed() returns trigger language plpgsql as $$
begin
    update group_members k set members = k.members - r.members
      from (select group_id, count(*) as members from removed where list_number is not null group by group_id) r
     where k.group_id = r.group_id;
    return null;
end
$$;

-- Nothing moves a membership today; should something, the count follows it.
create or replace function keep_members_moved() returns trigger language plpgsql as $$
begin
    update group_members k set members = k.members - r.members
      from (select group_id, count(*) as members from removed where list_number is not null group by group_id) r
     where k.group_id = r.group_id;
    insert into group_members as k (group_id, members)
    select group_id, count(*) from added where list_number is not null group by group_id
    on conflict (group_id) do update set members = k.members + excluded.members;
    return null;
end
$$;

create trigger memberships_kept_members_added after insert on memberships
    referencing new table as added for each statement execute function keep_members_added();
create trigger memberships_kept_members_removed after delete on memberships
    referencing old table as removed for each statement execute function keep_members_removed();
create trigger memberships_kept_members_moved after update on memberships
    referencing old table as removed new table as added for each statement execute function keep_members_moved();
