-- PostgreSQL dialect of Sqlite/0011_monitoring_indexes.sql: the monitoring console's reads across
-- whole villages and the whole programme. Covered columns go in "include" here.
-- "if not exists": on a large database create them by hand with "create index concurrently"
-- before the release (docs/deploy.md, Migrations on rollout), and this finds them there.

-- A period's money across many groups: the range of days first, then the groups in scope.
create index if not exists ledger_entries_day on ledger_entries (occurred_on, group_id) include (kind, person_id, amount, reverses_entry_id);

-- What each loan has had repaid by the end of a period (sisa pinjaman, arrears, PAR30).
create index if not exists ledger_entries_loan_paid on ledger_entries (loan_id, occurred_on) include (amount, reverses_entry_id) where loan_id is not null;

-- Meetings held and attendance in a period across many groups.
create index if not exists attendance_day on attendance (meeting_on, group_id) include (status, person_id, recorded_by_person_id);

-- Messages sent in a period (delivery rates, SMS segments).
create index if not exists outbox_created on outbox (created_at);

-- A pemantau's scope is a few villages.
create index if not exists groups_village on groups (village);

-- Reported repayments still waiting for the treasurer.
create index if not exists reported_repayments_waiting on reported_repayments (group_id) where status = 'menunggu';
