-- The ledger had two indexes on loan_id: ledger_entries_loan (0001), every entry's loan or nothing,
-- and ledger_entries_loan_paid (0013), the angsuran entries only, with the day, amount and reversal
-- beside the loan. Every lookup by loan ("loan_id = ?" implies "loan_id is not null") is served by
-- the second, from the index alone. The first only cost: a b-tree insert for every entry recorded,
-- a deposit included, and a sort of the whole ledger in every large import.
drop index if exists ledger_entries_loan;
