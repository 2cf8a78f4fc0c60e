-- An entry is still reversed at most once, but the index that says so holds only the corrections.
-- unique (reverses_entry_id) kept an index entry for every entry that is no correction, nearly all
-- of them: 270 MB at 12.4M entries, written with every entry recorded, and built again by a first
-- import (2.6 s). SQLite keeps its constraint: changing it there means copying the whole ledger
-- into a new table.
alter table ledger_entries drop constraint ledger_entries_reverses_entry_id_key;
create unique index ledger_entries_reversed_once on ledger_entries (reverses_entry_id) where reverses_entry_id is not null;
