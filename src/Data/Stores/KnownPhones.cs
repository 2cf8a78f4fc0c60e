using System.Data.Common;
using Dapper;

namespace Pkkpm.Data.Stores;

/// <summary>Whether a phone belongs to someone in the programme: one look at the people.phone index.</summary>
public static class KnownPhones
{
    public static Task<bool> IsRegisteredAsync(DbConnection connection, DbTransaction transaction, string phone) =>
        connection.ExecuteScalarAsync<bool>("select exists (select 1 from people where phone = @Phone)", new { Phone = phone }, transaction);
}
