using System.Data.Common;
using Dapper;

namespace Pkkpm.Data.Console;

/// <summary>
/// Codes sent to a phone to sign in to the console: one live code per phone (a new request replaces
/// it), only its hash kept, with the tries it has left. Every request is recorded, for any number,
/// so the limits count known and unknown numbers alike and every instance counts the same rows.
/// </summary>
public static class SignInCodes
{
    /// <summary>The person a code may go to: their role and whether they opted out (BERHENTI).</summary>
    public sealed class Recipient
    {
        public long PersonId { get; init; }
        public string Role { get; init; } = "";
        public DateTimeOffset? OptedOutAt { get; init; }
    }

    /// <summary>A live code as stored.</summary>
    public sealed class StoredCode
    {
        public long PersonId { get; init; }
        public string Salt { get; init; } = "";
        public string CodeHash { get; init; } = "";
        public int TriesLeft { get; init; }
        public DateTimeOffset ExpiresAt { get; init; }
    }

    public static Task<Recipient?> FindRecipientAsync(DbConnection connection, DbTransaction transaction, string phone) =>
        connection.QuerySingleOrDefaultAsync<Recipient>("""
            select id as PersonId, role as Role, opted_out_at as OptedOutAt
              from people where phone = @Phone
            """, new { Phone = phone }, transaction);

    /// <summary>Requests since <paramref name="since"/> from this phone and from this address.</summary>
    public static Task<(long ForPhone, long ForAddress)> CountRequestsAsync(
        DbConnection connection, DbTransaction transaction, string phone, string address, DateTimeOffset since) =>
        connection.QuerySingleAsync<(long, long)>("""
            select (select count(*) from console_code_requests where phone = @Phone and requested_at > @Since),
                   (select count(*) from console_code_requests where client_address = @Address and requested_at > @Since)
            """, new { Phone = phone, Address = address, Since = since }, transaction);

    // Rows older than a day count for no limit: they go as new ones come.
    public static Task RecordRequestAsync(DbConnection connection, DbTransaction transaction, string phone, string address, DateTimeOffset now) =>
        connection.ExecuteAsync("""
            delete from console_code_requests where requested_at < @DayAgo;
            insert into console_code_requests (phone, client_address, requested_at) values (@Phone, @Address, @Now);
            """, new { Phone = phone, Address = address, Now = now, DayAgo = now.AddDays(-1) }, transaction);

    public static Task ReplaceAsync(DbConnection connection, DbTransaction transaction, string phone, long personId,
        string salt, string codeHash, int tries, DateTimeOffset expiresAt, DateTimeOffset now) =>
        connection.ExecuteAsync("""
            insert into console_codes (phone, person_id, salt, code_hash, tries_left, expires_at, created_at)
            values (@Phone, @PersonId, @Salt, @CodeHash, @Tries, @ExpiresAt, @Now)
            on conflict (phone) do update set person_id = excluded.person_id, salt = excluded.salt, code_hash = excluded.code_hash,
                tries_left = excluded.tries_left, expires_at = excluded.expires_at, created_at = excluded.created_at
            """, new { Phone = phone, PersonId = personId, Salt = salt, CodeHash = codeHash, Tries = tries, ExpiresAt = expiresAt, Now = now }, transaction);

    public static Task<StoredCode?> FindAsync(DbConnection connection, DbTransaction transaction, string phone) =>
        connection.QuerySingleOrDefaultAsync<StoredCode>("""
            select person_id as PersonId, salt as Salt, code_hash as CodeHash, tries_left as TriesLeft, expires_at as ExpiresAt
              from console_codes where phone = @Phone
            """, new { Phone = phone }, transaction);

    /// <summary>A wrong try: one fewer left; the last one ends the code.</summary>
    public static Task SpendTryAsync(DbConnection connection, DbTransaction transaction, string phone) =>
        connection.ExecuteAsync("""
            update console_codes set tries_left = tries_left - 1 where phone = @Phone;
            delete from console_codes where phone = @Phone and tries_left <= 0;
            """, new { Phone = phone }, transaction);

    /// <summary>A code is used once, or not at all once it expired.</summary>
    public static Task DeleteAsync(DbConnection connection, DbTransaction transaction, string phone) =>
        connection.ExecuteAsync("delete from console_codes where phone = @Phone", new { Phone = phone }, transaction);
}
