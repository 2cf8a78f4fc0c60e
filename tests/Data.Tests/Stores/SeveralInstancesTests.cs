using Dapper;
using Pkkpm.Conversations.Turns;
using Pkkpm.Data.Stores;
using Pkkpm.Data.Tests.Infrastructure;
using static Pkkpm.Data.Tests.Infrastructure.Fixture;

namespace Pkkpm.Data.Tests.Stores;

/// <summary>
/// Two instances of the service on one database: work is claimed once, a MessageSid is recorded
/// once, and one person's conversation is taken by one turn at a time.
/// </summary>
public class SeveralInstancesTests
{
    [SkippableTheory, Providers]
    public async Task Two_instances_claiming_at_once_never_claim_the_same_outbox_row(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await db.ExecuteAsync("insert into outbox (to_phone, channel, body, kind, priority, created_at) values (@Phone, 'sms', 'x', 'broadcast', 1, @Now)",
            Enumerable.Range(0, 300).Select(i => new { Phone = $"+62813{i:D8}", Now = Friday }));
        await using var other = (IAsyncDisposable)db.OpenAnother();

        var claims = await Task.WhenAll(new[] { db.Database, (IDatabase)other }.SelectMany(d => Enumerable.Range(0, 4).Select(_ => ClaimAllAsync(d))));

        var ids = claims.SelectMany(c => c).ToList();
        Assert.Equal(300, ids.Count);
        Assert.Equal(300, ids.Distinct().Count());
        Assert.Equal(300, await db.ScalarAsync<long>("select count(*) from outbox where attempts = 1"));
    }

    private static async Task<List<long>> ClaimAllAsync(IDatabase database)
    {
        var claimed = new List<long>();
        while (true)
        {
            var rows = await database.WriteAsync((c, t) => OutboxDelivery.ClaimAsync(c, t, 7, Friday, Friday.AddMinutes(5)));
            if (rows.Count == 0) return claimed;
            claimed.AddRange(rows.Select(r => r.Id));
        }
    }

    [SkippableTheory, Providers]
    public async Task A_due_job_is_claimed_by_one_instance(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        for (var i = 1; i <= 40; i++)
        {
            var refId = i;
            await db.Database.WriteAsync(async (c, t) => { await ScheduledJobs.EnsureAsync(c, t, ScheduledJobs.MeetingReminder, refId, Friday); return 0; });
        }
        await using var other = (IAsyncDisposable)db.OpenAnother();

        var claims = await Task.WhenAll(new[] { db.Database, (IDatabase)other, db.Database, (IDatabase)other }.Select(d =>
            d.WriteAsync((c, t) => ScheduledJobs.ClaimDueAsync(c, t, Friday, TimeSpan.FromMinutes(5), 15))));

        var ids = claims.SelectMany(c => c.Select(j => j.Id)).ToList();
        Assert.Equal(40, ids.Count);
        Assert.Equal(40, ids.Distinct().Count());
    }

    [SkippableTheory, Providers]
    public async Task A_message_sid_is_recorded_once(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var message = Message(PainemPhone);

        var first = await db.Database.WriteAsync((c, t) => InboundMessages.RecordAsync(c, t, message));
        var again = await db.Database.WriteAsync((c, t) => InboundMessages.RecordAsync(c, t, message with { Body = "other" }));

        Assert.Equal((true, false), (first, again));
        Assert.Equal("test", await db.ScalarAsync<string>("select body from inbound_messages where sid = @Sid", new { Sid = message.MessageSid }));
    }

    [SkippableTheory, Providers]
    public async Task A_second_turn_of_the_same_person_waits_for_the_first_and_sees_its_state(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var other = (IAsyncDisposable)db.OpenAnother();
        var firstHasLoaded = new TaskCompletionSource();
        var finishFirst = new TaskCompletionSource();

        var first = db.Database.WriteAsync(async (c, t) =>
        {
            await ConversationStates.LoadAsync(c, t, PainemPhone);
            firstHasLoaded.SetResult();
            await finishFirst.Task;
            await ConversationStates.SaveAsync(c, t, PainemPhone, new ConversationState("AwaitingYes", "{}", null), Friday);
            return 0;
        });
        await firstHasLoaded.Task;
        var second = ((IDatabase)other).WriteAsync((c, t) => ConversationStates.LoadAsync(c, t, PainemPhone));
        await Task.Delay(300);

        Assert.False(second.IsCompleted);
        finishFirst.SetResult();
        await first;
        Assert.Equal("AwaitingYes", (await second).State.Step);
    }
}
