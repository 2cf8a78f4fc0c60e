using Pkkpm.Conversations.Ledger;
using Pkkpm.Data.Tests.Infrastructure;
using static Pkkpm.Data.Tests.Infrastructure.Fixture;

namespace Pkkpm.Data.Tests.Stores;

/// <summary>The database itself keeps the ledger append-only, whatever code writes to it.</summary>
public class AppendOnlyTests
{
    [SkippableTheory, Providers]
    public async Task The_database_refuses_to_change_or_delete_an_entry(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var entry = await db.RecordAsync(new NewEntry(Mawar, Painem, EntryKind.Setoran, 50_000));

        var update = await Assert.ThrowsAnyAsync<Exception>(() => db.ExecuteAsync("update ledger_entries set amount = 5000 where id = @Id", new { Id = entry.EntryId }));
        var delete = await Assert.ThrowsAnyAsync<Exception>(() => db.ExecuteAsync("delete from ledger_entries where id = @Id", new { Id = entry.EntryId }));

        Assert.Contains("append-only", update.Message);
        Assert.Contains("append-only", delete.Message);
        Assert.Equal(50_000, await db.ScalarAsync<long>("select amount from ledger_entries where id = @Id", new { Id = entry.EntryId }));
    }

    [SkippableTheory, Providers]
    public async Task The_database_itself_refuses_a_second_reversal(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var entry = await db.RecordAsync(new NewEntry(Mawar, Painem, EntryKind.Setoran, 50_000));
        await db.RecordAsync(new NewEntry(Mawar, Painem, EntryKind.Setoran, 50_000, ReversesEntryId: entry.EntryId));

        var error = await Assert.ThrowsAnyAsync<Exception>(() => db.ExecuteAsync("""
            insert into ledger_entries (group_id, person_id, kind, amount, occurred_on, reverses_entry_id, source, recorded_at)
            values (1, 2, 'setoran', 50000, @Day, @Id, 'import', @At)
            """, new { Id = entry.EntryId, Day = new DateOnly(2026, 11, 27), At = Friday }));

        Assert.Contains("unique", error.Message, StringComparison.OrdinalIgnoreCase);
    }
}
