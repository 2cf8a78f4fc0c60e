using Pkkpm.Conversations.Ledger;
using Pkkpm.Data.Stores;
using Pkkpm.Data.Tests.Infrastructure;
using static Pkkpm.Data.Tests.Infrastructure.Fixture;

namespace Pkkpm.Data.Tests.Stores;

/// <summary>
/// A member's books held for the rest of a turn: a second turn holding them waits for the first to
/// commit and then reads what it recorded, so a withdrawal checked against the savings is checked
/// against every withdrawal before it.
/// </summary>
public class MemberBooksTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    // Turns of this test's database waiting for a member's books.
    private const string WaitingSql = """
        select count(*) from pg_locks
         where locktype = 'advisory' and not granted and database = (select oid from pg_database where datname = current_database())
        """;

    [SkippableTheory, Providers]
    public async Task A_second_turn_holding_a_members_books_waits_for_the_first_and_reads_what_it_recorded(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var firstHolds = new TaskCompletionSource();
        var finishFirst = new TaskCompletionSource();

        var first = db.TurnAsync(Message(EndangPhone), async data =>
        {
            await data.HoldBooksAsync([Painem], None);
            firstHolds.SetResult();
            await finishFirst.Task;
            await data.RecordEntryAsync(new NewEntry(Mawar, Painem, EntryKind.Setoran, 50_000), None);
        });
        await firstHolds.Task;
        var second = db.TurnAsync(Message(SriPhone), async data =>
        {
            await data.HoldBooksAsync([Painem], None);
            return (await data.GetStatementAsync(Painem, Mawar, None)).Savings;
        });
        await Task.Delay(300);

        Assert.False(second.IsCompleted);
        finishFirst.SetResult();
        await first;
        Assert.Equal(50_000, await second);
    }

    [SkippableFact]
    public async Task Members_are_held_in_one_order_whatever_order_a_turn_names_them_in()
    {
        await using var db = await TestDatabase.CreateAsync(DatabaseOptions.Postgres);
        var release = new TaskCompletionSource();
        var painemHeld = new TaskCompletionSource();
        var holdingPainem = db.TurnAsync(Message(EndangPhone), async data =>
        {
            await data.HoldBooksAsync([Painem], None);
            painemHeld.SetResult();
            await release.Task;
        });
        await painemHeld.Task;

        // Named Slamet first: it waits for Painem, the lower one, before it holds Slamet.
        var both = db.TurnAsync(Message(BudiPhone), data => data.HoldBooksAsync([Slamet, Painem], None));
        await WaitUntilAsync(async () => await db.ScalarAsync<long>(WaitingSql) == 1);
        var slametAlone = db.TurnAsync(Message(SlametPhone), data => data.HoldBooksAsync([Slamet], None));

        Assert.Same(slametAlone, await Task.WhenAny(slametAlone, Task.Delay(TimeSpan.FromSeconds(5))));
        release.SetResult();
        await Task.WhenAll(holdingPainem, both);
    }

    [SkippableFact]
    public async Task A_turn_the_server_aborts_to_break_a_deadlock_is_run_again()
    {
        await using var db = await TestDatabase.CreateAsync(DatabaseOptions.Postgres);
        var painemHeld = new TaskCompletionSource();
        var slametHeld = new TaskCompletionSource();
        var attempts = 0;

        // Each holds one member and then wants the other's: only one call at a time keeps the order.
        async Task<long> CrossingAsync(ConversationData data, long mine, TaskCompletionSource held, TaskCompletionSource other, long theirs)
        {
            Interlocked.Increment(ref attempts);
            await data.HoldBooksAsync([mine], None);
            held.TrySetResult();
            await other.Task;
            await data.HoldBooksAsync([theirs], None);
            return (await data.RecordEntryAsync(new NewEntry(Mawar, Painem, EntryKind.Setoran, 10_000), None)).EntryId;
        }
        var one = db.TurnAsync(Message(EndangPhone), data => CrossingAsync(data, Painem, painemHeld, slametHeld, Slamet));
        var two = db.TurnAsync(Message(BudiPhone), data => CrossingAsync(data, Slamet, slametHeld, painemHeld, Painem));

        var entries = await Task.WhenAll(one, two);

        Assert.Equal(2, entries.Distinct().Count());
        Assert.Equal(3, attempts);
        Assert.Equal(20_000, await db.ScalarAsync<long>("select sum(amount) from ledger_entries where person_id = @Painem", new { Painem }));
    }

    private static async Task WaitUntilAsync(Func<Task<bool>> condition)
    {
        for (var waited = 0; !await condition(); waited += 20)
        {
            if (waited > 5_000) throw new TimeoutException("the condition never held");
            await Task.Delay(20);
        }
    }
}
