-- PostgreSQL dialect of Sqlite/0004_typed_times.sql. Here times have been timestamptz from the
-- first script, so there is nothing to rewrite; the version keeps the two histories one.
select 1;
