-- The console counts the opted-out people of a scope by asking each of them whether she belongs to
-- it (MonitoringFigures.GetFollowUpAsync): they are found here, however many people there are,
-- instead of by reading every person (50 ms of a million-member programme's page).
create index if not exists people_opted_out on people (id) where opted_out_at is not null;
