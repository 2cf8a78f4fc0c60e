-- The monitoring console (src/Data/Monitoring) reads whole villages and the whole programme at once:
-- a period across every group, every loan's repayments, the attendance of every meeting. These
-- indexes let it read only the rows it counts (the programme is 50,000 groups, 1M members).
-- An import into an empty ledger sets the ledger's indexes aside and makes them again after the
-- load (LedgerIndexesSetAside), these two with them.

-- A period's money (setoran, penarikan, angsuran, the weekly trend) across many groups: the range
-- of days first, then the groups in scope; the other columns are there so no row is read from
-- the table itself. One group's period uses ledger_entries_group_day (0002).
create index if not exists ledger_entries_day on ledger_entries (occurred_on, group_id, kind, person_id, amount, reverses_entry_id);

-- What each loan has had repaid by the end of a period (sisa pinjaman, arrears, PAR30): a loan's
-- angsuran entries up to a day, read from the index alone. Only angsuran entries carry a loan.
create index if not exists ledger_entries_loan_paid on ledger_entries (loan_id, occurred_on, amount, reverses_entry_id) where loan_id is not null;

-- Meetings held and attendance in a period across many groups (attendance_meeting serves one group).
create index if not exists attendance_day on attendance (meeting_on, group_id, status, person_id, recorded_by_person_id);

-- Messages sent in a period (delivery rates, SMS segments): by when they were queued.
create index if not exists outbox_created on outbox (created_at);

-- A pemantau's scope is a few villages.
create index if not exists groups_village on groups (village);

-- Reported repayments still waiting for the treasurer: few, among many decided.
create index if not exists reported_repayments_waiting on reported_repayments (group_id) where status = 'menunggu';
