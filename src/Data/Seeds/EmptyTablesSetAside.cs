using System.Data.Common;
using Dapper;

namespace Pkkpm.Data.Seeds;

/// <summary>
/// The second indexes (and, on PostgreSQL, the foreign keys) of empty tables an import is about to
/// fill, set aside and made again after the last row, from the definitions the database holds: each
/// index is then built in one sorted pass and each foreign key checked in one join, instead of row
/// by row (the kept figures of 12.4M ledger lines, 1.3M rows, <see cref="CountedFigures"/>; a million memberships, <see cref="MembershipsSetAside"/>).
/// Inside the import's transaction: an import that fails rolls the drop back with everything else.
/// </summary>
internal sealed class EmptyTablesSetAside(DbConnection connection, DbTransaction transaction, IReadOnlyList<string> creates)
{
    private const string SqliteObjects = """
        select 'drop index ' || name as "Drop", sql as "Create" from sqlite_schema
         where type = 'index' and sql is not null and tbl_name in @Tables order by rowid
        """;
    private const string PostgresObjects = """
        select 'alter table ' || k.conrelid::regclass || ' drop constraint ' || quote_ident(k.conname) as "Drop",
               'alter table ' || k.conrelid::regclass || ' add constraint ' || quote_ident(k.conname) || ' ' || pg_get_constraintdef(k.oid) as "Create"
          from pg_constraint k
         where k.conrelid = any(cast(@Tables as regclass[])) and k.contype = 'f'
        union all
        select 'drop index ' || quote_ident(c.relname), pg_get_indexdef(i.indexrelid)
          from pg_index i join pg_class c on c.oid = i.indexrelid
         where i.indrelid = any(cast(@Tables as regclass[])) and not exists (select 1 from pg_constraint k where k.conindid = i.indexrelid)
        """;

    // Properties, not a positional record: with no rows SQLite types the columns as blobs, which no constructor takes.
    private sealed class SchemaObject
    {
        public string Drop { get; init; } = "";
        public string Create { get; init; } = "";
    }

    /// <param name="tables">Empty in this transaction, and named in the order the service's writes lock them.</param>
    public static async Task<EmptyTablesSetAside> TakeAsync(DbConnection connection, DbTransaction transaction, string[] tables)
    {
        var postgres = Dialect.IsPostgres(connection);
        // Dropping a foreign key locks the table it refers to: the caller has locked those already.
        if (postgres) await connection.ExecuteAsync($"lock table {string.Join(", ", tables)} in access exclusive mode", transaction: transaction);
        var objects = (await connection.QueryAsync<SchemaObject>(postgres ? PostgresObjects : SqliteObjects, new { Tables = tables }, transaction)).ToList();
        foreach (var o in objects) await connection.ExecuteAsync(o.Drop, transaction: transaction);
        return new(connection, transaction, [.. objects.Select(o => o.Create)]);
    }

    public async Task RestoreAsync()
    {
        foreach (var create in creates) await connection.ExecuteAsync(create, transaction: transaction, commandTimeout: 0);
    }
}
