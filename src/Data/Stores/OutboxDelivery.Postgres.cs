using System.Data.Common;
using Dapper;

namespace Pkkpm.Data.Stores;

/// <summary>
/// The claim on PostgreSQL, where several instances' workers claim at once: each due row is locked
/// as it is picked, and rows another worker holds are skipped, not waited for, so two workers never
/// claim the same row and neither stalls behind the other. The lease then keeps the row its own
/// while it is sent with no transaction open.
/// </summary>
public static partial class OutboxDelivery
{
    private const string ClaimSkipLockedSql = $"""
        with due as (
            select o.id from outbox o
             where {Due}
             order by o.priority, o.id
             limit @Limit
               for update skip locked
        ), claimed as (
            update outbox o set claimed_until = @Until, attempts = o.attempts + 1
              from due where o.id = due.id
            returning o.id, o.to_phone, o.channel, o.body, o.kind, o.attempts, o.priority
        )
        select c.id as Id, c.to_phone as ToPhone, c.channel as Channel, c.body as Body, c.kind as Kind,
               c.attempts as Attempt,
               exists (select 1 from people p where p.phone = c.to_phone and p.opted_out_at is not null) as OptedOut,
               case when c.channel = 'whatsapp' then
                   (select max(i.received_at) from inbound_messages i
                     where i.from_phone = c.to_phone and i.channel = 'whatsapp') end as LastWhatsAppAt
          from claimed c
         order by c.priority, c.id
        """;

    private static async Task<IReadOnlyList<Claimed>> ClaimSkipLockedAsync(DbConnection connection, DbTransaction transaction, int limit, DateTimeOffset now, DateTimeOffset until) =>
        (await connection.QueryAsync<Claimed>(ClaimSkipLockedSql, new { Now = now, Until = until, Limit = limit }, transaction)).ToList();
}
