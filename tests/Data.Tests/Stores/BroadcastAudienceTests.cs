using Pkkpm.Conversations.Turns;
using Pkkpm.Data.Stores;
using Pkkpm.Data.Tests.Infrastructure;
using static Pkkpm.Data.Tests.Infrastructure.Fixture;

namespace Pkkpm.Data.Tests.Stores;

public class BroadcastAudienceTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    // More groups than SQLite takes parameters in one statement (32,766): a pendamping's
    // UMUMKAN SEMUA at the scale of the programme, which once failed with "too many SQL variables".
    private const int ManyGroups = 40_000;

    [SkippableTheory, Providers]
    public async Task A_broadcast_to_more_groups_than_a_statement_takes_parameters_reaches_them_all(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await db.ExecuteAsync($"""
            insert into groups (code, name, village, meeting_day, meeting_time, meeting_place)
            with recursive n(i) as (select 1 union all select i + 1 from n where i < {ManyGroups})
            select 'G' || i, 'KPB ' || i, 'Desa Besar', 'Senin', '15:00', 'Balai' from n;
            """);
        // One member in the last of them, so the audience shows the last id was read too.
        await db.ExecuteAsync("""
            insert into people (phone, name, role, created_at) values ('+628129990001', 'Sumi', 'anggota', '2026-11-01T00:00:00+00:00');
            insert into memberships (person_id, group_id, list_number)
            select p.id, g.id, 1 from people p, groups g where p.phone = '+628129990001' and g.code = 'G40000';
            """);
        var groupIds = (await db.QueryAsync<long>("select id from groups where village = 'Desa Besar' order by id")).ToList();
        groupIds.Add(Mawar);

        var mawarAlone = await db.ReadAsync(d => d.GetAudienceAsync([Mawar], None));
        var audience = await db.ReadAsync(d => d.GetAudienceAsync(groupIds, None));
        var sent = await db.TurnAsync(Message(RinaPhone), d => d.BroadcastAsync(groupIds, "Rapat besar", OutboundKinds.Broadcast, audience, None));

        Assert.Equal(ManyGroups + 1, groupIds.Count);
        Assert.Equal(mawarAlone.Members + 1, audience.Members); // Mawar's members, and Sumi

        // The YA wrote its one row: the groups are listed by the fan-out, in batches of its own.
        Assert.Equal(0, await db.ScalarAsync<long>("select count(*) from broadcast_groups"));
        var first = await ExpandAsync(db, size: 500);
        Assert.Equal(0, first!.Rows);
        Assert.Equal(500 * 8, await db.ScalarAsync<long>("select count(*) from broadcast_groups"));

        while (await ExpandAsync(db, size: 500) is { Done: false }) { }
        Assert.Equal(ManyGroups + 1, await db.ScalarAsync<long>("select count(*) from broadcast_groups where broadcast_id = @Id", new { Id = sent.BroadcastId }));
        // Everyone Rina's audience counts, each once (the audience above was counted as Endang, whom it leaves out).
        var asRina = await db.TurnAsync(Message(RinaPhone), d => d.GetAudienceAsync(groupIds, None));
        Assert.Equal(asRina.Members, await db.ScalarAsync<long>("select count(*) from outbox where broadcast_id = @Id", new { Id = sent.BroadcastId }));
        Assert.Equal(1, await db.ScalarAsync<long>("select count(*) from outbox where to_phone = '+628129990001'"));
        Assert.Null(await db.ScalarAsync<string?>("select cast(group_ids as text) from broadcasts where id = @Id", new { Id = sent.BroadcastId }));
    }

    private static Task<BroadcastExpansion.Batch?> ExpandAsync(TestDatabase db, int size) =>
        db.Database.WriteInBackgroundAsync((c, t) => BroadcastExpansion.ExpandNextAsync(c, t, size, DateTimeOffset.UtcNow));
}
