using System.Data.Common;
using System.Text.RegularExpressions;
using Dapper;
using Npgsql;

namespace Pkkpm.Data.Seeds;

/// <summary>
/// While an import fills an empty ledger, the ledger's secondary indexes and its code trigger step
/// aside, and are made again after the last row: each row then goes into one b-tree (instead of
/// four, at random places, plus a codes row with its index), and each index is built in one sorted
/// pass. They are made again from the definitions the database holds, and the codes are given as
/// the trigger gives them (one per entry, in the order of the entries), so the database ends as a
/// row-by-row load leaves it. The trigger that keeps the console's figures (KeptFigures) steps aside
/// too: they are counted as the rows go in (<see cref="CountedFigures"/>), or computed once from the whole ledger.
/// On PostgreSQL more steps aside (on SQLite the import already runs without foreign-key checks):
/// the foreign keys of the group, the member and the loan (checked row by row they cost 12.4M rows
/// 100 s, checked once after, 7 s), those of the recorder and of the reversed entry (each checked a
/// row even where it is empty, as on every imported row: 5.6 s; 0.8 s after), that of the source
/// message (empty on every imported row, yet checked on each: the ledger's rows took 6 s longer to
/// write with it; 0.9 s after), the unique
/// constraints of the codes, whose indexes are then built in one pass each (the codes took 30 s, now
/// 19), and the ledger's primary key with the foreign keys of the disputes and reported repayments
/// that need it (made again as soon as the rows are in, before the reversals that read by it). Until the commit
/// the service then waits to record messages and to read groups, people, loans, codes, disputes and reported
/// repayments, as it already waited to read the ledger (<see cref="TurnOrderLocks"/>): this happens only
/// while a programme's first ledger comes in.
/// All of it inside the import's transaction: an import that fails rolls the drop back with everything else.
/// </summary>
internal sealed class LedgerIndexesSetAside(DbConnection connection, DbTransaction transaction,
    IReadOnlyList<LedgerIndexesSetAside.SchemaObject> setAside, IReadOnlyList<LedgerIndexesSetAside.SchemaObject> keys)
{
    private const string CodesForAllEntries = "insert into codes (kind, ref_id) select 'entry', id from ledger_entries order by id";

    // Indexes that belong to a constraint (the primary key, unique) cannot be dropped alone: on SQLite
    // they stay; on PostgreSQL some of those constraints step aside whole (below).
    private const string SqliteObjects = """
        select name, 'drop ' || type || ' ' || name as "Drop", sql as "Create", sql as "Compared" from sqlite_schema
         where tbl_name = 'ledger_entries' and sql is not null and (type = 'index' or name in ('ledger_entries_code', 'ledger_entries_kept_figures'))
         order by rowid
        """;
    // The ledger's foreign keys (to tables locked below), and those of the disputes and reported repayments to the ledger
    // (empty with it, they refer to no entry), which its primary key needs gone before it goes; then
    // the codes' unique constraints, whose indexes every code would go into (id and (kind, ref_id)),
    // while nothing refers to codes; then the ledger's indexes but the one the reversals read (PostgresKeys).
    private const string PostgresObjects = """
        select k.conname as "Name", 'alter table ' || k.conrelid::regclass || ' drop constraint ' || quote_ident(k.conname) as "Drop",
               'alter table ' || k.conrelid::regclass || ' add constraint ' || quote_ident(k.conname) || ' ' || pg_get_constraintdef(k.oid) as "Create", null as "Compared"
          from pg_constraint k
         where k.contype = 'f' and (k.confrelid = 'ledger_entries'::regclass or k.conrelid = 'ledger_entries'::regclass)
        union all
        select k.conname, 'alter table ' || k.conrelid::regclass || ' drop constraint ' || quote_ident(k.conname),
               'alter table ' || k.conrelid::regclass || ' add constraint ' || quote_ident(k.conname) || ' ' || pg_get_constraintdef(k.oid), null
          from pg_constraint k
         where k.conrelid = 'codes'::regclass and k.contype in ('p', 'u') and not exists (select 1 from pg_constraint f where f.confrelid = 'codes'::regclass)
        union all
        select c.relname as "Name", 'drop index ' || quote_ident(c.relname) as "Drop", pg_get_indexdef(i.indexrelid) as "Create", null as "Compared"
          from pg_index i join pg_class c on c.oid = i.indexrelid
         where i.indrelid = 'ledger_entries'::regclass and not exists (select 1 from pg_constraint k where k.conindid = i.indexrelid)
           and i.indkey[0] <> (select attnum from pg_attribute where attrelid = 'ledger_entries'::regclass and attname = 'reverses_entry_id')
        union all
        select tgname, 'drop trigger ledger_entries_code on ledger_entries', pg_get_triggerdef(t.oid), pg_get_triggerdef(t.oid) || ' -- ' || p.prosrc
          from pg_trigger t join pg_proc p on p.oid = t.tgfoid
         where t.tgrelid = 'ledger_entries'::regclass and t.tgname = 'ledger_entries_code'
        union all
        select tgname, 'drop trigger ledger_entries_kept_figures on ledger_entries', pg_get_triggerdef(t.oid), null
          from pg_trigger t
         where t.tgrelid = 'ledger_entries'::regclass and t.tgname = 'ledger_entries_kept_figures'
        """;

    // What the reversals of an import look their entries up by (SeedImport.Reversals): the ledger's
    // primary key, and its index of the entries reversed. Set aside last, made again first, as soon as
    // the imported rows are in (BeforeReversalsAsync).
    private const string PostgresKeys = """
        select k.conname as "Name", 'alter table ledger_entries drop constraint ' || quote_ident(k.conname) as "Drop",
               'alter table ledger_entries add constraint ' || quote_ident(k.conname) || ' ' || pg_get_constraintdef(k.oid) as "Create", null as "Compared"
          from pg_constraint k
         where k.conrelid = 'ledger_entries'::regclass and k.contype = 'p'
        union all
        select c.relname, 'drop index ' || quote_ident(c.relname), pg_get_indexdef(i.indexrelid), null
          from pg_index i join pg_class c on c.oid = i.indexrelid
         where i.indrelid = 'ledger_entries'::regclass and not exists (select 1 from pg_constraint k where k.conindid = i.indexrelid)
           and i.indkey[0] = (select attnum from pg_attribute where attrelid = 'ledger_entries'::regclass and attname = 'reverses_entry_id')
        """;

    // The code trigger as the migrations made it (0002_reporting.sql), as each database gives it back
    // (SQLite in the words of the script, but its first ones in capitals). A later migration that
    // changed what it does would make the replay wrong: the import then goes row by row.
    private static readonly Regex SqliteCodeTrigger = new(
        @"^create trigger ledger_entries_code after insert on ledger_entries begin insert into codes \(kind, ref_id\) values \('entry', new\.id\); end$", RegexOptions.IgnoreCase);
    // PostgreSQL's is compared with the body of its function after it: the function does the work.
    private static readonly Regex PostgresCodeTrigger = new(
        @"^CREATE TRIGGER ledger_entries_code AFTER INSERT ON (\w+\.)?ledger_entries FOR EACH ROW EXECUTE FUNCTION (\w+\.)?add_code\('entry'\) -- begin insert into codes \(kind, ref_id\) values \(tg_argv\[0\], new\.id\); return null; end$");

    /// <summary>An index or the trigger: how to drop it, how to make it again, and what is compared with what the replay knows.</summary>
    internal sealed record SchemaObject(string Name, string Drop, string Create, string? Compared);

    /// <summary>Null, and nothing set aside, unless the ledger is empty and its code trigger is the one replayed here.</summary>
    public static async Task<LedgerIndexesSetAside?> TryAsync(DbConnection connection, DbTransaction transaction)
    {
        if (await connection.ExecuteScalarAsync<bool>("select exists (select 1 from ledger_entries)", transaction: transaction)) return null;
        var sqlite = !Dialect.IsPostgres(connection);
        var objects = (await connection.QueryAsync<SchemaObject>(sqlite ? SqliteObjects : PostgresObjects, transaction: transaction)).ToList();
        var trigger = sqlite ? SqliteCodeTrigger : PostgresCodeTrigger;
        if (!objects.Any(o => o.Name == "ledger_entries_code" && trigger.IsMatch(OneLine(o.Compared ?? "")))) return null;

        await TurnOrderLocks.TakeUpToAsync(connection, transaction, "codes");
        var keys = sqlite ? [] : (await connection.QueryAsync<SchemaObject>(PostgresKeys, transaction: transaction)).ToList();
        foreach (var o in objects.Concat(keys)) await connection.ExecuteAsync(o.Drop, transaction: transaction);
        return new(connection, transaction, objects, keys);
    }

    /// <summary>
    /// After the imported rows, before the import's reversals: the primary key and the index of the
    /// reversed entries again, each built in one pass (12.4M rows on PostgreSQL: a COPY of 22.5 s
    /// with the key kept, 12.8 s without it and 3.4 s to build it after, in psql).
    /// </summary>
    public async Task BeforeReversalsAsync()
    {
        foreach (var o in keys) await connection.ExecuteAsync(o.Create, transaction: transaction, commandTimeout: 0);
    }

    /// <summary>After the last row and the reversals (the keys are back: <see cref="BeforeReversalsAsync"/>): the codes the trigger would have given, then the indexes and the triggers again, then the kept
    /// figures: those <paramref name="counted"/> while the rows went in, or, without them, computed from the whole ledger.</summary>
    public async Task RestoreAsync(CountedFigures? counted)
    {
        // No time limit: on PostgreSQL each is one statement over every imported row.
        var sqlite = !Dialect.IsPostgres(connection);
        if (sqlite || !await CodesAsOneBlockAsync()) await connection.ExecuteAsync(CodesForAllEntries, transaction: transaction, commandTimeout: 0);
        // Each index is a sort of every row: SQLite shares a large sort among helper threads when allowed.
        if (sqlite) await connection.ExecuteAsync($"pragma threads = {Environment.ProcessorCount}", transaction: transaction);
        foreach (var o in setAside) await connection.ExecuteAsync(o.Create, transaction: transaction, commandTimeout: 0);
        if (sqlite) await connection.ExecuteAsync("pragma threads = 0", transaction: transaction);
        // PostgreSQL plans by statistics that autovacuum gathers some time after the commit: until
        // then the console's first pages over a million members took 2.3-3.4 s instead of 2. Taken
        // here, they commit with the rows (ANALYZE counts this transaction's own rows; 5 s at 12M).
        // The ledger's first, so that the kept figures are computed by a plan made for 12M rows.
        if (!sqlite) await connection.ExecuteAsync("analyze ledger_entries, codes", transaction: transaction, commandTimeout: 0);
        if (setAside.Any(o => o.Name == Monitoring.KeptFigures.TriggerName))
        {
            if (counted is not null) await counted.WriteAsync(connection, transaction);
            // After the indexes: the day index gives the entries in the order the figures are summed in.
            else await Monitoring.KeptFigures.RecomputeAsync(connection, transaction);
        }
        if (!sqlite) await connection.ExecuteAsync(
            "analyze group_day_money, group_savings, loan_repaid, group_week_savers, loans, memberships, people, groups",
            transaction: transaction, commandTimeout: 0);
    }

    /// <summary>
    /// On PostgreSQL each code of <see cref="CodesForAllEntries"/> is a nextval, in the order of the
    /// entries sorted for it (12.4M: 13 s). Entries numbered without a gap, as the import's COPY numbers
    /// them under its lock, take their codes as one block of the sequence instead, the same codes in
    /// the same order. Those rows are known without reading the ledger, and go in by binary COPY,
    /// which PostgreSQL writes many rows to a page at a time (12.4M: 3.8 s in psql, against 7.7 s for
    /// the same rows by insert ... select, which writes them one by one). False, and nothing written, when there is a gap.
    /// </summary>
    private async Task<bool> CodesAsOneBlockAsync()
    {
        var (count, first, last) = await connection.QuerySingleAsync<(long, long, long)>(
            "select count(*), coalesce(min(id), 0), coalesce(max(id), 0) from ledger_entries", transaction: transaction, commandTimeout: 0);
        if (count == 0 || last - first + 1 != count) return false;
        // The codes are locked (TryAsync): no one else takes from the sequence meanwhile.
        var firstCode = await connection.ExecuteScalarAsync<long>("select nextval(pg_get_serial_sequence('codes', 'id'))", transaction: transaction);
        await using (var copy = await BinaryCopy.OpenAsync((NpgsqlConnection)connection, "copy codes (id, kind, ref_id) from stdin (format binary)"))
        {
            for (var i = 0L; i < count; i++)
            {
                copy.StartRow(3);
                copy.Write(firstCode + i);
                copy.Write("entry");
                copy.Write(first + i);
                await copy.EndRowAsync();
            }
            await copy.CompleteAsync();
        }
        await connection.ExecuteAsync("select setval(pg_get_serial_sequence('codes', 'id'), @Last)", new { Last = firstCode + count - 1 }, transaction);
        return true;
    }

    private static string OneLine(string sql) => Regex.Replace(sql, @"\s+", " ").Trim();
}
