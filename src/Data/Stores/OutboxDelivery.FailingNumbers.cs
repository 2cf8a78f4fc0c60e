using System.Data.Common;
using Dapper;

namespace Pkkpm.Data.Stores;

/// <summary>
/// Numbers that messages could not reach, counted in a row until one is delivered; flagged_at says
/// the number's pendamping has been told, so that they are told once until it recovers.
/// </summary>
public static partial class OutboxDelivery
{
    /// <summary>Who to tell about a member's failing number: a pendamping of the member's group.</summary>
    public sealed record FailingNumberContact(string MemberName, string MemberSalutation, string? MemberPanggilan, string GroupCode, string PendampingPhone);

    /// <summary>One more message that could not reach <paramref name="phone"/>; how many in a row now.</summary>
    public static Task<int> CountNumberFailureAsync(DbConnection connection, DbTransaction transaction, string phone, int errorCode, DateTimeOffset now) =>
        connection.ExecuteScalarAsync<int>("""
            insert into failing_numbers (phone, failures_in_row, last_error_code, last_failed_at)
            values (@Phone, 1, @ErrorCode, @Now)
            on conflict (phone) do update
               set failures_in_row = failing_numbers.failures_in_row + 1,
                   last_error_code = excluded.last_error_code, last_failed_at = excluded.last_failed_at
            returning failures_in_row
            """, new { Phone = phone, ErrorCode = errorCode, Now = now }, transaction);

    /// <summary>Marks the number as told about; false when it already was.</summary>
    public static async Task<bool> FlagFailingNumberAsync(DbConnection connection, DbTransaction transaction, string phone, DateTimeOffset now) =>
        await connection.ExecuteAsync("update failing_numbers set flagged_at = @Now where phone = @Phone and flagged_at is null",
            new { Phone = phone, Now = now }, transaction) == 1;

    /// <summary>A message reached the number: it counts from nothing again, and may be flagged again.</summary>
    public static Task NumberReachedAsync(DbConnection connection, DbTransaction transaction, string phone) =>
        connection.ExecuteAsync("delete from failing_numbers where phone = @Phone", new { Phone = phone }, transaction);

    /// <summary>
    /// The pendamping of the groups the number's owner belongs to (none for an unknown number, or
    /// for a pendamping's own: nobody accompanies them).
    /// </summary>
    public static async Task<IReadOnlyList<FailingNumberContact>> FailingNumberContactsAsync(DbConnection connection, DbTransaction transaction, string phone) =>
        (await connection.QueryAsync<FailingNumberContact>("""
            select p.name as MemberName, p.salutation as MemberSalutation, p.panggilan as MemberPanggilan,
                   g.code as GroupCode, f.phone as PendampingPhone
              from people p
              join memberships m on m.person_id = p.id
              join groups g on g.id = m.group_id
              join memberships fm on fm.group_id = g.id
              join people f on f.id = fm.person_id and f.role = 'pendamping'
             where p.phone = @Phone and p.role <> 'pendamping'
             order by g.code, f.id
            """, new { Phone = phone }, transaction)).ToList();
}
