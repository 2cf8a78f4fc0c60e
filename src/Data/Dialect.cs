using System.Data.Common;
using System.Text.Json;
using Npgsql;

namespace Pkkpm.Data;

/// <summary>The few places where one SQL cannot serve both databases.</summary>
internal static class Dialect
{
    public static bool IsPostgres(DbConnection connection) => connection is NpgsqlConnection;

    /// <summary>
    /// "column is one of these values" (ids, village names), however many: one parameter on both
    /// databases. Dapper would expand <c>in @List</c> into a parameter per value on SQLite, and SQLite
    /// refuses a statement of more than 32,766 (a pendamping's UMUMKAN SEMUA to 50,000 groups) and
    /// searches the statement's parameters for each one it binds (1,250 villages of a pemantau made
    /// every figure of her page 50-150 ms slower); so SQLite gets the values as one JSON array read by
    /// json_each, PostgreSQL as one array read by <c>= any(...)</c>. Pass the value from <see cref="Values{T}"/>.
    /// </summary>
    public static string In(DbConnection connection, string column, string parameter) =>
        IsPostgres(connection) ? $"{column} = any({parameter})" : $"{column} in (select value from json_each({parameter}))";

    /// <summary>The parameter value <see cref="In"/> reads.</summary>
    public static object Values<T>(DbConnection connection, IEnumerable<T> values) =>
        IsPostgres(connection) ? values.ToArray() : JsonSerializer.Serialize(values);
}
