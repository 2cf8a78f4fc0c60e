-- A meeting called by weekday and pasaran ("RAPAT MAWAR Kamis Legi 14.00") keeps its market day, so
-- its reminder and JADWAL say "Kamis Legi 10/12" as its notice did. Null: called without one.
alter table meetings add column pasaran text;
