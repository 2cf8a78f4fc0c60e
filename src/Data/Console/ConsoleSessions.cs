using System.Data.Common;
using Dapper;

namespace Pkkpm.Data.Console;

/// <summary>
/// Signed-in browsers. The cookie names its session; every request checks the session is still
/// open, so signing out ends the cookie everywhere it was copied, not only in the browser that
/// pressed Keluar.
/// </summary>
public static class ConsoleSessions
{
    /// <summary>Opens the session and says who it is for, as the cookie will name them.</summary>
    public static async Task<(string Name, string Role)> StartAsync(DbConnection connection, DbTransaction transaction, string sessionId, long personId, DateTimeOffset now)
    {
        await connection.ExecuteAsync("insert into console_sessions (id, person_id, signed_in_at) values (@Id, @PersonId, @Now)",
            new { Id = sessionId, PersonId = personId, Now = now }, transaction);
        return await connection.QuerySingleAsync<(string, string)>("select name, role from people where id = @PersonId", new { PersonId = personId }, transaction);
    }

    public static Task<int> EndAsync(DbConnection connection, DbTransaction transaction, string sessionId, DateTimeOffset now) =>
        connection.ExecuteAsync("update console_sessions set ended_at = @Now where id = @Id and ended_at is null",
            new { Id = sessionId, Now = now }, transaction);
}
