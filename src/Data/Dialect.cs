using System.Data.Common;
using System.Text.Json;
using Npgsql;

namespace Pkkpm.Data;

/// <summary>The few places where one SQL cannot serve both databases.</summary>
internal static class Dialect
{
    public static bool IsPostgres(DbConnection connection) => connection is NpgsqlConnection;

    /// <summary>
    /// "column is one of these ids", however many: one parameter on both databases. Dapper would
    /// expand <c>in @List</c> into a parameter per id on SQLite, and SQLite refuses a statement of
    /// more than 32,766 (a pendamping's UMUMKAN SEMUA to 50,000 groups); so SQLite gets the ids as
    /// one JSON array read by json_each, PostgreSQL as one array read by <c>= any(...)</c>. Pass
    /// the value from <see cref="Ids"/>.
    /// </summary>
    public static string InIds(DbConnection connection, string column, string parameter) =>
        IsPostgres(connection) ? $"{column} = any({parameter})" : $"{column} in (select value from json_each({parameter}))";

    /// <summary>The parameter value <see cref="InIds"/> reads.</summary>
    public static object Ids(DbConnection connection, IEnumerable<long> ids) =>
        IsPostgres(connection) ? ids.ToArray() : JsonSerializer.Serialize(ids);

    /// <summary>
    /// "column is one of these texts", however many, as <see cref="InIds"/>: a parameter per text
    /// would also cost SQLite a search of the statement's parameters for each of them (O(n^2): 1,250
    /// villages of a pemantau made every figure of her page 50-150 ms slower). Pass <see cref="Texts"/>.
    /// </summary>
    public static string InTexts(DbConnection connection, string column, string parameter) => InIds(connection, column, parameter);

    /// <summary>The parameter value <see cref="InTexts"/> reads.</summary>
    public static object Texts(DbConnection connection, IEnumerable<string> texts) =>
        IsPostgres(connection) ? texts.ToArray() : JsonSerializer.Serialize(texts);
}
