using System.Text.Json;
using Dapper;
using Pkkpm.Data;

namespace Pkkpm.Bot.ProgrammeConsole.Simulator;

/// <summary>
/// What the simulator shows, read back from the database on every page: the people to choose
/// from, a phone's exchanges (its inbound messages and the replies recorded with them) and what
/// the outbox holds for it. Nothing is kept in server memory between pages.
/// </summary>
public sealed class SimulatorRecords(IDatabase database)
{
    public const int ExchangesShown = 20;

    public sealed record Person(string Phone, string Name, string Role, string Groups);

    public sealed record Exchange(string Sid, string Channel, string Body, DateTimeOffset ReceivedAt, IReadOnlyList<string> Replies);

    public sealed record Delivery(long Id, string Channel, string Body, string Kind, string Status, DateTimeOffset CreatedAt);

    public Task<IReadOnlyList<Person>> PeopleAsync(CancellationToken cancellationToken) =>
        database.ReadAsync<IReadOnlyList<Person>>(async connection =>
        {
            var rows = await connection.QueryAsync<(string Phone, string Name, string Role, string? Code)>("""
                select p.phone, p.name, p.role, g.code
                  from people p
                  left join memberships m on m.person_id = p.id
                  left join groups g on g.id = m.group_id
                 order by p.role = 'pendamping', g.code, m.list_number, p.name
                """);
            // A pendamping accompanies several groups: one line, their codes together.
            return rows.GroupBy(r => r.Phone)
                .Select(g => new Person(g.Key, g.First().Name, g.First().Role, string.Join(", ", g.Select(r => r.Code).OfType<string>())))
                .ToList();
        }, cancellationToken);

    /// <summary>The phone's latest exchanges, oldest first.</summary>
    public Task<IReadOnlyList<Exchange>> ExchangesAsync(string phone, CancellationToken cancellationToken) =>
        database.ReadAsync<IReadOnlyList<Exchange>>(async connection =>
        {
            var rows = await connection.QueryAsync<(string Sid, string Channel, string Body, DateTimeOffset ReceivedAt, string Replies)>("""
                select sid, channel, body, received_at, replies
                  from inbound_messages
                 where from_phone = @Phone
                 order by received_at desc, sid desc
                 limit @Limit
                """, new { Phone = phone, Limit = ExchangesShown });
            return rows.Reverse()
                .Select(r => new Exchange(r.Sid, r.Channel, r.Body, r.ReceivedAt, JsonSerializer.Deserialize<string[]>(r.Replies) ?? []))
                .ToList();
        }, cancellationToken);

    /// <summary>
    /// What the outbox holds for the phone since <paramref name="since"/> (the first exchange
    /// shown), or its latest rows when it has written nothing yet.
    /// </summary>
    public Task<IReadOnlyList<Delivery>> DeliveriesAsync(string phone, DateTimeOffset? since, CancellationToken cancellationToken) =>
        database.ReadAsync<IReadOnlyList<Delivery>>(async connection =>
            (await connection.QueryAsync<Delivery>(since is null ? LatestSql : SinceSql, new { Phone = phone, Since = since })).Reverse().ToList(),
            cancellationToken);

    private const string DeliveryColumns =
        "select id as Id, channel as Channel, body as Body, kind as Kind, status as Status, created_at as CreatedAt from outbox";
    private const string SinceSql = $"{DeliveryColumns} where to_phone = @Phone and created_at >= @Since order by id desc limit 30";
    private const string LatestSql = $"{DeliveryColumns} where to_phone = @Phone order by id desc limit 10";
}
