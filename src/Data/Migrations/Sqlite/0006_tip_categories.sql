-- Two more tip categories: tani (farming and livestock) and waspada (moneylenders and scams).
-- SQLite cannot change a check constraint: the table is copied into its new shape. Deliveries
-- refer to tips, so they step aside while the table is replaced and come back unchanged.
create temp table tip_deliveries_kept as select * from tip_deliveries;
delete from tip_deliveries;

create table tips_new (
    code     text primary key,
    category text not null check (category in ('keuangan', 'pemasaran', 'produksi', 'perizinan', 'kelompok', 'kerja', 'tani', 'waspada')),
    text     text not null
);
insert into tips_new (code, category, text) select code, category, text from tips;
drop table tips;
alter table tips_new rename to tips;

insert into tip_deliveries (id, person_id, tip_code, sent_at)
select id, person_id, tip_code, sent_at from tip_deliveries_kept;
drop table tip_deliveries_kept;
