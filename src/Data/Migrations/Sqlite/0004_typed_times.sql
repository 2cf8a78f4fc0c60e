-- Times are now written as typed parameters (DateTimeOffset, always UTC), which
-- Microsoft.Data.Sqlite stores as "2026-11-27 03:00:00.5+00:00" (fraction without trailing zeros),
-- where earlier versions wrote "2026-11-27T03:00:00.5000000Z". SQL compares times as text
-- (due_at <= @Now, order by received_at, unique (kind, ref_id, due_at)), so a column must hold one
-- form only: this rewrites every earlier stamp into the new form, the same moment to the tick.
-- Dates (yyyy-MM-dd) are unchanged.

-- The ledger refuses updates; the rewrite changes no money and no meaning, so the guard steps aside
-- for it and comes back in the same transaction.
drop trigger ledger_entries_no_update;

update people set opted_out_at = substr(opted_out_at, 1, 10) || ' ' || substr(opted_out_at, 12, 8)
    || coalesce(nullif(rtrim(rtrim(substr(opted_out_at, 20), 'Z'), '0'), '.'), '') || '+00:00'
 where opted_out_at glob '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9]*Z';
update people set created_at = substr(created_at, 1, 10) || ' ' || substr(created_at, 12, 8)
    || coalesce(nullif(rtrim(rtrim(substr(created_at, 20), 'Z'), '0'), '.'), '') || '+00:00'
 where created_at glob '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9]*Z';
update loans set created_at = substr(created_at, 1, 10) || ' ' || substr(created_at, 12, 8)
    || coalesce(nullif(rtrim(rtrim(substr(created_at, 20), 'Z'), '0'), '.'), '') || '+00:00'
 where created_at glob '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9]*Z';
update inbound_messages set received_at = substr(received_at, 1, 10) || ' ' || substr(received_at, 12, 8)
    || coalesce(nullif(rtrim(rtrim(substr(received_at, 20), 'Z'), '0'), '.'), '') || '+00:00'
 where received_at glob '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9]*Z';
update ledger_entries set recorded_at = substr(recorded_at, 1, 10) || ' ' || substr(recorded_at, 12, 8)
    || coalesce(nullif(rtrim(rtrim(substr(recorded_at, 20), 'Z'), '0'), '.'), '') || '+00:00'
 where recorded_at glob '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9]*Z';
update conversations set expires_at = substr(expires_at, 1, 10) || ' ' || substr(expires_at, 12, 8)
    || coalesce(nullif(rtrim(rtrim(substr(expires_at, 20), 'Z'), '0'), '.'), '') || '+00:00'
 where expires_at glob '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9]*Z';
update conversations set updated_at = substr(updated_at, 1, 10) || ' ' || substr(updated_at, 12, 8)
    || coalesce(nullif(rtrim(rtrim(substr(updated_at, 20), 'Z'), '0'), '.'), '') || '+00:00'
 where updated_at glob '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9]*Z';
update outbox set created_at = substr(created_at, 1, 10) || ' ' || substr(created_at, 12, 8)
    || coalesce(nullif(rtrim(rtrim(substr(created_at, 20), 'Z'), '0'), '.'), '') || '+00:00'
 where created_at glob '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9]*Z';
update outbox set next_attempt_at = substr(next_attempt_at, 1, 10) || ' ' || substr(next_attempt_at, 12, 8)
    || coalesce(nullif(rtrim(rtrim(substr(next_attempt_at, 20), 'Z'), '0'), '.'), '') || '+00:00'
 where next_attempt_at glob '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9]*Z';
update outbox set claimed_until = substr(claimed_until, 1, 10) || ' ' || substr(claimed_until, 12, 8)
    || coalesce(nullif(rtrim(rtrim(substr(claimed_until, 20), 'Z'), '0'), '.'), '') || '+00:00'
 where claimed_until glob '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9]*Z';
update outbox set sent_at = substr(sent_at, 1, 10) || ' ' || substr(sent_at, 12, 8)
    || coalesce(nullif(rtrim(rtrim(substr(sent_at, 20), 'Z'), '0'), '.'), '') || '+00:00'
 where sent_at glob '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9]*Z';
update reported_repayments set reported_at = substr(reported_at, 1, 10) || ' ' || substr(reported_at, 12, 8)
    || coalesce(nullif(rtrim(rtrim(substr(reported_at, 20), 'Z'), '0'), '.'), '') || '+00:00'
 where reported_at glob '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9]*Z';
update reported_repayments set decided_at = substr(decided_at, 1, 10) || ' ' || substr(decided_at, 12, 8)
    || coalesce(nullif(rtrim(rtrim(substr(decided_at, 20), 'Z'), '0'), '.'), '') || '+00:00'
 where decided_at glob '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9]*Z';
update entry_disputes set opened_at = substr(opened_at, 1, 10) || ' ' || substr(opened_at, 12, 8)
    || coalesce(nullif(rtrim(rtrim(substr(opened_at, 20), 'Z'), '0'), '.'), '') || '+00:00'
 where opened_at glob '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9]*Z';
update entry_disputes set resolved_at = substr(resolved_at, 1, 10) || ' ' || substr(resolved_at, 12, 8)
    || coalesce(nullif(rtrim(rtrim(substr(resolved_at, 20), 'Z'), '0'), '.'), '') || '+00:00'
 where resolved_at glob '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9]*Z';
update attendance set recorded_at = substr(recorded_at, 1, 10) || ' ' || substr(recorded_at, 12, 8)
    || coalesce(nullif(rtrim(rtrim(substr(recorded_at, 20), 'Z'), '0'), '.'), '') || '+00:00'
 where recorded_at glob '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9]*Z';
update broadcasts set created_at = substr(created_at, 1, 10) || ' ' || substr(created_at, 12, 8)
    || coalesce(nullif(rtrim(rtrim(substr(created_at, 20), 'Z'), '0'), '.'), '') || '+00:00'
 where created_at glob '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9]*Z';
update meetings set starts_at = substr(starts_at, 1, 10) || ' ' || substr(starts_at, 12, 8)
    || coalesce(nullif(rtrim(rtrim(substr(starts_at, 20), 'Z'), '0'), '.'), '') || '+00:00'
 where starts_at glob '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9]*Z';
update meetings set created_at = substr(created_at, 1, 10) || ' ' || substr(created_at, 12, 8)
    || coalesce(nullif(rtrim(rtrim(substr(created_at, 20), 'Z'), '0'), '.'), '') || '+00:00'
 where created_at glob '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9]*Z';
update scheduled_jobs set due_at = substr(due_at, 1, 10) || ' ' || substr(due_at, 12, 8)
    || coalesce(nullif(rtrim(rtrim(substr(due_at, 20), 'Z'), '0'), '.'), '') || '+00:00'
 where due_at glob '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9]*Z';
update scheduled_jobs set claimed_until = substr(claimed_until, 1, 10) || ' ' || substr(claimed_until, 12, 8)
    || coalesce(nullif(rtrim(rtrim(substr(claimed_until, 20), 'Z'), '0'), '.'), '') || '+00:00'
 where claimed_until glob '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9]*Z';
update scheduled_jobs set done_at = substr(done_at, 1, 10) || ' ' || substr(done_at, 12, 8)
    || coalesce(nullif(rtrim(rtrim(substr(done_at, 20), 'Z'), '0'), '.'), '') || '+00:00'
 where done_at glob '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9]*Z';
update tip_subscriptions set subscribed_at = substr(subscribed_at, 1, 10) || ' ' || substr(subscribed_at, 12, 8)
    || coalesce(nullif(rtrim(rtrim(substr(subscribed_at, 20), 'Z'), '0'), '.'), '') || '+00:00'
 where subscribed_at glob '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9]*Z';
update tip_deliveries set sent_at = substr(sent_at, 1, 10) || ' ' || substr(sent_at, 12, 8)
    || coalesce(nullif(rtrim(rtrim(substr(sent_at, 20), 'Z'), '0'), '.'), '') || '+00:00'
 where sent_at glob '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9]*Z';
update schema_versions set applied_at = substr(applied_at, 1, 10) || ' ' || substr(applied_at, 12, 8)
    || coalesce(nullif(rtrim(rtrim(substr(applied_at, 20), 'Z'), '0'), '.'), '') || '+00:00'
 where applied_at glob '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9]*Z';

create trigger ledger_entries_no_update before update on ledger_entries
begin select raise(abort, 'ledger entries are append-only: add a reversing entry'); end;
