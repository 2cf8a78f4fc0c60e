using System.Data.Common;
using Dapper;
using Pkkpm.Conversations.Turns;

namespace Pkkpm.Data.Stores;

/// <summary>
/// Turns a recorded broadcast into outbox rows, one bounded batch per call, in the caller's
/// transaction. First its groups, kept by the YA in the broadcast's own row, are listed into
/// broadcast_groups; then each batch walks the audience in the order of the memberships' unique
/// index (group_id, list_number), from the cursor on the broadcast row, and moves the cursor in the
/// same transaction: a crash loses the whole batch or none of it, and the next call goes on from there.
/// </summary>
public static class BroadcastExpansion
{
    /// <summary>What one call did: rows added to the outbox for the broadcast, and whether it is now whole.</summary>
    public sealed record Batch(long BroadcastId, int Rows, bool Done);

    // On PostgreSQL another instance may be expanding the oldest broadcast: this one takes the next
    // (the row stays locked until the batch commits). SQLite has one writer: nobody else is there.
    private static string NextSql(DbConnection connection) => $"""
        select id as Id, kind as Kind, coalesce(after_group_id, 0) as AfterGroupId, coalesce(after_list_number, {NoListNumber}) as AfterListNumber,
               groups_listed as GroupsListed, coalesce({(Dialect.IsPostgres(connection) ? "cardinality(group_ids)" : "json_array_length(group_ids)")}, 0) as KeptGroups
          from broadcasts
         where fanned_out_at is null
         order by id
         limit 1
        {(Dialect.IsPostgres(connection) ? "for update skip locked" : "")}
        """;

    // A group listed is one small row; a member queued is an outbox row with its text and two
    // indexes. A listing batch takes this many groups per member of a queuing batch: about as long.
    private const int GroupsPerMember = 8;

    // The slice of the kept ids after the ones listed so far, only groups that still exist. Listing
    // moves from where it was found, as the cursor does; the ids are let go once all are listed.
    private static string ListGroupsSql(DbConnection connection) => Dialect.IsPostgres(connection)
        ? """
          insert into broadcast_groups (broadcast_id, group_id)
          select b.id, g.id
            from broadcasts b cross join lateral unnest(b.group_ids) with ordinality as k(group_id, n)
            join groups g on g.id = k.group_id
           where b.id = @Id and k.n > @Listed and k.n <= @Listed + @Size
          on conflict do nothing
          """
        : """
          insert into broadcast_groups (broadcast_id, group_id)
          select b.id, g.id
            from broadcasts b, json_each(b.group_ids) k
            join groups g on g.id = k.value
           where b.id = @Id and k.key >= @Listed and k.key < @Listed + @Size
          on conflict do nothing
          """;

    private const string ListedSql = """
        update broadcasts
           set groups_listed = @Listed + @Size, group_ids = case when @Listed + @Size >= @Kept then null else group_ids end
         where id = @Id and groups_listed = @Listed
        """;

    /// <summary>Below every list number: the cursor before the first member of a group.</summary>
    private const int NoListNumber = int.MinValue;

    // After the cursor; the upper bound is the batch's last member (or the end of the audience).
    private const string Range = """
         where bg.broadcast_id = @Id and m.list_number is not null
           and bg.group_id >= @AfterGroupId and (bg.group_id > @AfterGroupId or m.list_number > @AfterListNumber)
        """;

    // The last member of this batch, if the audience has that many left.
    private const string BatchEndSql = $"""
        select bg.group_id as GroupId, m.list_number as ListNumber
          from broadcast_groups bg
          join memberships m on m.group_id = bg.group_id
        {Range}
         order by bg.group_id, m.list_number
         limit 1 offset @Skip
        """;

    // Opted-out members get a skipped row, so STATUS counts them; the sender never gets one. A member
    // of two of the groups is queued once (the unique index on broadcast_id, to_phone).
    private static readonly string InsertSql = $"""
        insert into outbox (to_phone, channel, body, kind, priority, broadcast_id, source_message_sid, created_at, status)
        select p.phone, {Outbox.ChannelOf("p.phone")}, b.body, b.kind, @Priority, b.id, b.source_message_sid, b.created_at,
               case when p.opted_out_at is null then 'queued' else 'skipped' end
          from broadcast_groups bg
          join memberships m on m.group_id = bg.group_id
          join people p on p.id = m.person_id
          join broadcasts b on b.id = bg.broadcast_id
        {Range}
           and bg.group_id <= @ToGroupId and (bg.group_id < @ToGroupId or m.list_number <= @ToListNumber)
           and p.id <> b.sent_by_person_id
         order by bg.group_id, m.list_number
        on conflict do nothing
        """;

    // The cursor moves only from where this batch found it: were the row taken by another
    // transaction meanwhile, this batch rolls back instead of adding rows a second time.
    private const string MoveSql = """
        update broadcasts
           set after_group_id = @ToGroupId, after_list_number = @ToListNumber, fanned_out_at = @FannedOutAt
         where id = @Id and coalesce(after_group_id, 0) = @AfterGroupId and coalesce(after_list_number, @NoListNumber) = @AfterListNumber
        """;

    /// <summary>One batch of at most <paramref name="size"/> members of the oldest broadcast still
    /// to expand; null when every broadcast is whole.</summary>
    public static async Task<Batch?> ExpandNextAsync(DbConnection connection, DbTransaction transaction, int size, DateTimeOffset now)
    {
        var next = await connection.QuerySingleOrDefaultAsync<Next>(NextSql(connection), transaction: transaction);
        if (next is null) return null;
        if (next.KeptGroups > 0) return await ListGroupsAsync(connection, transaction, next, size * GroupsPerMember);
        var end = await connection.QuerySingleOrDefaultAsync<Cursor>(BatchEndSql,
            new { next.Id, next.AfterGroupId, next.AfterListNumber, Skip = size - 1 }, transaction);
        var whole = end is null;
        var rows = await connection.ExecuteAsync(InsertSql, new
        {
            next.Id, next.AfterGroupId, next.AfterListNumber,
            ToGroupId = end?.GroupId ?? long.MaxValue, ToListNumber = end?.ListNumber ?? int.MaxValue,
            Priority = OutboundKinds.Priority(next.Kind),
        }, transaction);
        var moved = await connection.ExecuteAsync(MoveSql, new
        {
            next.Id, next.AfterGroupId, next.AfterListNumber, NoListNumber,
            ToGroupId = end?.GroupId ?? next.AfterGroupId, ToListNumber = end?.ListNumber ?? next.AfterListNumber,
            FannedOutAt = whole ? now : (DateTimeOffset?)null,
        }, transaction);
        if (moved != 1) throw new InvalidOperationException($"Broadcast {next.Id} was expanded elsewhere meanwhile; this batch is rolled back.");
        return new Batch(next.Id, rows, whole);
    }

    private static async Task<Batch> ListGroupsAsync(DbConnection connection, DbTransaction transaction, Next next, int size)
    {
        var parameters = new { next.Id, Listed = next.GroupsListed, Size = size, Kept = next.KeptGroups };
        await connection.ExecuteAsync(ListGroupsSql(connection), parameters, transaction);
        if (await connection.ExecuteAsync(ListedSql, parameters, transaction) != 1)
            throw new InvalidOperationException($"Broadcast {next.Id} was listed elsewhere meanwhile; this batch is rolled back.");
        return new Batch(next.Id, Rows: 0, Done: false);
    }

    /// <summary>Broadcasts not yet whole (the fan-out's look before it writes anything).</summary>
    public static Task<bool> AnyWaitingAsync(DbConnection connection) =>
        connection.ExecuteScalarAsync<bool>("select exists (select 1 from broadcasts where fanned_out_at is null)");

    private sealed class Next
    {
        public long Id { get; init; }
        public string Kind { get; init; } = "";
        public long AfterGroupId { get; init; }
        public long AfterListNumber { get; init; }
        public long GroupsListed { get; init; }
        public long KeptGroups { get; init; }
    }

    private sealed class Cursor
    {
        public long GroupId { get; init; }
        public long ListNumber { get; init; }
    }
}
