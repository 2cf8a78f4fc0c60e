using Dapper;
using Pkkpm.Data.Stores;
using Pkkpm.Data.Tests.Infrastructure;
using static Pkkpm.Data.Tests.Infrastructure.Fixture;

namespace Pkkpm.Data.Tests.Stores;

/// <summary>Many messages Twilio took, recorded in one unit of work, each with its own sid and route.</summary>
public class SentTogetherTests
{
    [SkippableTheory, Providers]
    public async Task Each_row_gets_its_own_sid_and_a_row_already_recorded_is_left_as_it_was(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await db.ExecuteAsync("insert into outbox (to_phone, channel, body, kind, priority, created_at) values (@Phone, 'sms', 'x', 'broadcast', 1, @Now)",
            Enumerable.Range(0, 4).Select(i => new { Phone = $"+62813{i:D8}", Now = Friday }));
        var ids = (await db.QueryAsync<long>("select id from outbox order by id")).ToList();
        await db.Database.WriteAsync((c, t) => OutboxDelivery.MarkSentAsync(c, t, ids[0], "SMearlier", "sms", Friday));

        var recorded = await db.Database.WriteAsync((c, t) => OutboxDelivery.MarkAllSentAsync(c, t,
            [new(ids[0], "SMagain", "sms"), new(ids[1], "SM1", "whatsapp"), new(ids[2], null, "sms")], Friday.AddMinutes(1)));

        Assert.Equal([ids[1], ids[2]], recorded.Order());
        var rows = (await db.QueryAsync<(string Status, string? Sid, string? Channel)>(
            "select status, twilio_sid, sent_channel from outbox order by id")).ToList();
        Assert.Equal([("sent", "SMearlier", "sms"), ("sent", "SM1", "whatsapp"), ("sent", null, "sms"), ("queued", null, null)], rows);
    }
}
