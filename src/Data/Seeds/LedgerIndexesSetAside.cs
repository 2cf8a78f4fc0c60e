using System.Data.Common;
using System.Text.RegularExpressions;
using Dapper;
using Microsoft.Data.Sqlite;

namespace Pkkpm.Data.Seeds;

/// <summary>
/// While an import fills an empty ledger on SQLite, the ledger's secondary indexes and its code
/// trigger step aside, and are made again after the last row: each row then appends to one b-tree
/// (instead of four, at random places, plus a codes row and its index and a statement journal),
/// and each index is built in one sorted pass. They are made again from the SQL the migrations
/// stored, and the codes are given as the trigger gives them (one per entry, in the order of the
/// entries), so the database ends as a row-by-row load leaves it. All of it inside the import's
/// transaction: an import that fails rolls the drop back with everything else.
/// </summary>
internal sealed class LedgerIndexesSetAside(DbConnection connection, DbTransaction transaction, IReadOnlyList<LedgerIndexesSetAside.SchemaObject> setAside)
{
    private const string CodeTrigger = "ledger_entries_code";

    // What the trigger does, as 0002_reporting.sql wrote it, and the same done for all rows at once.
    private const string CodeTriggerSql = "create trigger ledger_entries_code after insert on ledger_entries begin insert into codes (kind, ref_id) values ('entry', new.id); end";
    private const string CodesForAllEntries = "insert into codes (kind, ref_id) select 'entry', id from ledger_entries order by id";

    // Indexes SQLite makes for a unique constraint have no SQL and cannot be dropped: they stay.
    private const string Objects = """
        select type, name, sql from sqlite_schema
         where tbl_name = 'ledger_entries' and sql is not null and (type = 'index' or name = @CodeTrigger)
         order by rowid
        """;

    internal sealed record SchemaObject(string Type, string Name, string Sql);

    /// <summary>Null, and nothing set aside, unless this is SQLite, the ledger is empty and the code trigger is the one replayed here.</summary>
    public static async Task<LedgerIndexesSetAside?> TryAsync(DbConnection connection, DbTransaction transaction)
    {
        if (connection is not SqliteConnection) return null;
        if (await connection.ExecuteScalarAsync<bool>("select exists (select 1 from ledger_entries)", transaction: transaction)) return null;
        var objects = (await connection.QueryAsync<SchemaObject>(Objects, new { CodeTrigger }, transaction)).ToList();
        // A later migration that changed the trigger would make the replay below wrong: row by row then.
        // (SQLite stores the statement as written but for its first words, in capitals.)
        if (!objects.Any(o => o.Name == CodeTrigger && string.Equals(OneLine(o.Sql), CodeTriggerSql, StringComparison.OrdinalIgnoreCase))) return null;

        foreach (var o in objects) await connection.ExecuteAsync($"drop {o.Type} {o.Name}", transaction: transaction);
        return new(connection, transaction, objects);
    }

    /// <summary>After the last row: the codes the trigger would have given, then the indexes and the trigger again.</summary>
    public async Task RestoreAsync()
    {
        await connection.ExecuteAsync(CodesForAllEntries, transaction: transaction);
        foreach (var o in setAside) await connection.ExecuteAsync(o.Sql, transaction: transaction);
    }

    private static string OneLine(string sql) => Regex.Replace(sql, @"\s+", " ").Trim();
}
