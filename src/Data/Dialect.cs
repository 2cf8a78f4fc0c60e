using System.Data.Common;
using Npgsql;

namespace Pkkpm.Data;

/// <summary>The few places where one SQL cannot serve both databases.</summary>
internal static class Dialect
{
    public static bool IsPostgres(DbConnection connection) => connection is NpgsqlConnection;

    /// <summary>
    /// "column is one of @List": Dapper expands <c>in @List</c> into one parameter per item on SQLite,
    /// but hands Npgsql the whole array as one parameter, which PostgreSQL reads with <c>= any(...)</c>.
    /// </summary>
    public static string In(DbConnection connection, string column, string parameter) =>
        IsPostgres(connection) ? $"{column} = any({parameter})" : $"{column} in {parameter}";
}
