-- Members kept per group (issue 12, "fast enough for a nation"): the console counted a scope's
-- members from memberships on every page, twice (the savings' regularity and the list's members):
-- a million rows joined to their groups each time, 0.2 s a count on PostgreSQL. A member is one with
-- a place on the group's list; a pendamping accompanies without one. The triggers keep the count as
-- memberships are added (registration, import) and removed (leaving); KeptFiguresTests hold it
-- equal to memberships.

create table group_members (
    group_id integer primary key references groups(id),
    members  integer not null
);

insert into group_members (group_id, members)
select group_id, count(*) from memberships where list_number is not null group by group_id;

create trigger memberships_kept_members_added after insert on memberships when new.list_number is not null
begin
    insert into group_members (group_id, members) values (new.group_id, 1)
    on conflict (group_id) do update set members = members + 1;
end;

create trigger memberships_kept_members_removed after delete on memberships when old.list_number is not null
begin
    update group_members set members = members - 1 where group_id = old.group_id;
end;

-- Nothing moves a membership today; should something, the count follows it.
create trigger memberships_kept_members_moved after update of group_id, list_number on memberships
begin
    update group_members set members = members - 1 where group_id = old.group_id and old.list_number is not null;
    insert into group_members (group_id, members) select new.group_id, 1 where new.list_number is not null
    on conflict (group_id) do update set members = members + 1;
end;
