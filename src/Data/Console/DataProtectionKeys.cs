using System.Data.Common;
using Dapper;

namespace Pkkpm.Data.Console;

/// <summary>
/// ASP.NET Core's data-protection key ring as rows: every instance on the database reads and adds
/// the same keys, and they outlive restarts, so a cookie made by one instance opens on another.
/// </summary>
public static class DataProtectionKeys
{
    public static async Task<IReadOnlyList<string>> AllAsync(DbConnection connection) =>
        (await connection.QueryAsync<string>("select xml from data_protection_keys order by created_at, name")).ToList();

    // Key names are new GUIDs; two instances making a key at once both keep theirs.
    public static Task<int> AddAsync(DbConnection connection, DbTransaction transaction, string name, string xml, DateTimeOffset now) =>
        connection.ExecuteAsync("""
            insert into data_protection_keys (name, xml, created_at) values (@Name, @Xml, @Now)
            on conflict (name) do nothing
            """, new { Name = name, Xml = xml, Now = now }, transaction);
}
