namespace Pkkpm.Data;

/// <summary>Bound from Database__Provider and ConnectionStrings__Pkkpm.</summary>
public sealed class DatabaseOptions
{
    public const string Sqlite = "sqlite";
    public const string Postgres = "postgres";

    public string Provider { get; set; } = Sqlite;

    public string ConnectionString { get; set; } = "Data Source=pkkpm.db";
}
