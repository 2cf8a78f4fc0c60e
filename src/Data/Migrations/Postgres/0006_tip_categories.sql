-- Two more tip categories: tani (farming and livestock) and waspada (moneylenders and scams).
alter table tips drop constraint tips_category_check;
alter table tips add constraint tips_category_check
    check (category in ('keuangan', 'pemasaran', 'produksi', 'perizinan', 'kelompok', 'kerja', 'tani', 'waspada'));
