using Pkkpm.Data.Migrations;
using Pkkpm.Data.Stores;
using Pkkpm.Data.Tests.Infrastructure;

namespace Pkkpm.Data.Tests.Stores;

/// <summary>
/// Times go in and out typed. On SQLite they are text, and SQL compares them as text (due_at &lt;= @Now,
/// order by), so every moment must be written in one UTC form whatever its offset or fraction.
/// </summary>
public class TimeTests
{
    private static readonly DateTimeOffset Base = new(2026, 11, 27, 3, 0, 0, TimeSpan.Zero);

    [SkippableTheory, Providers]
    public async Task Moments_with_fractions_of_seconds_compare_and_sort_in_time_order(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        DateTimeOffset[] dueAt =
        [
            Base.AddSeconds(1), Base.AddTicks(5_000_000), Base, Base.AddMicroseconds(1),
            Base.AddTicks(2_500_000).ToOffset(TimeSpan.FromHours(7)), Base.AddTicks(2_500_010), Base.AddMicroseconds(-1),
        ];
        for (var i = 0; i < dueAt.Length; i++)
        {
            var (refId, at) = (i + 1, dueAt[i]);
            await db.Database.WriteAsync(async (c, t) => { await ScheduledJobs.EnsureAsync(c, t, ScheduledJobs.MeetingReminder, refId, at); return 0; });
        }

        var now = Base.AddTicks(2_500_000);
        var due = await db.Database.WriteAsync((c, t) => ScheduledJobs.ClaimDueAsync(c, t, now, TimeSpan.FromMinutes(1), 100));

        Assert.Equal(dueAt.Where(d => d <= now).Order(), due.Select(j => j.DueAt));
        Assert.All(due, j => Assert.Equal(TimeSpan.Zero, j.DueAt.Offset));
    }

    [SkippableTheory, Providers]
    public async Task Moments_are_kept_to_the_microsecond_on_both_databases(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var at = Base.AddTicks(1_234_567);

        await db.Database.WriteAsync(async (c, t) => { await ScheduledJobs.EnsureAsync(c, t, ScheduledJobs.WeeklyTips, 0, at); return 0; });

        Assert.Equal(Base.AddTicks(1_234_560), await db.ScalarAsync<DateTimeOffset>("select due_at from scheduled_jobs"));
    }

    [Fact]
    public async Task Sqlite_holds_one_text_form_of_a_moment()
    {
        await using var db = await TestDatabase.CreateAsync();
        await db.RecordAsync(new(Fixture.Mawar, Fixture.Painem, Pkkpm.Conversations.Ledger.EntryKind.Setoran, 5_000),
            at: Base.AddTicks(1_230_000).ToOffset(TimeSpan.FromHours(7)));

        var stamps = await db.QueryAsync<string>("select recorded_at from ledger_entries union all select received_at from inbound_messages");

        Assert.Equal(["2026-11-27 03:00:00.123+00:00", "2026-11-27 03:00:00.123+00:00"], stamps);
    }

    [Fact]
    public async Task Earlier_stamps_are_rewritten_into_the_same_form_to_the_tick()
    {
        await using var db = await TestDatabase.CreateAsync();
        await db.ExecuteAsync("""
            insert into scheduled_jobs (kind, ref_id, due_at, done_at) values
                ('meeting-reminder', 1, '2026-11-27T03:00:00.5000000Z', '2026-11-27T03:00:00.0000000Z'),
                ('meeting-reminder', 2, '2026-11-27T03:00:00Z', null),
                ('meeting-reminder', 3, '2026-11-27T03:00:00.0000001Z', null);
            insert into ledger_entries (group_id, person_id, kind, amount, occurred_on, source, recorded_at)
            values (1, 2, 'setoran', 5000, '2026-11-27', 'import', '2026-11-27T03:00:00.1000000Z');
            delete from schema_versions where version = 4;
            """);

        Assert.Equal(["0004_typed_times"], await Migrator.ApplyAsync(db.Database));

        Assert.Equal(
            ["2026-11-27 03:00:00.5+00:00|2026-11-27 03:00:00+00:00", "2026-11-27 03:00:00+00:00|", "2026-11-27 03:00:00.0000001+00:00|"],
            await db.QueryAsync<string>("select due_at || '|' || coalesce(done_at, '') from scheduled_jobs order by ref_id"));
        Assert.Equal("2026-11-27 03:00:00.1+00:00", await db.ScalarAsync<string>("select recorded_at from ledger_entries"));
        await Assert.ThrowsAnyAsync<Exception>(() => db.ExecuteAsync("update ledger_entries set amount = 1"));
    }
}
