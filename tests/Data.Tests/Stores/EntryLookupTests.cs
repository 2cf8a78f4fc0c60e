using Pkkpm.Conversations.Ledger;
using Pkkpm.Data.Stores;
using Pkkpm.Data.Tests.Infrastructure;
using static Pkkpm.Data.Tests.Infrastructure.Fixture;

namespace Pkkpm.Data.Tests.Stores;

/// <summary>KOREKSI, SALAH and RIWAYAT: entries found by the code on the receipt, or a member's latest.</summary>
public class EntryLookupTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    [SkippableTheory, Providers]
    public async Task A_code_typed_in_lower_case_finds_its_entry(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await db.RecordAsync(new NewEntry(Mawar, Sri, EntryKind.Setoran, 10_000));
        var recorded = await db.RecordAsync(new NewEntry(Mawar, Painem, EntryKind.Angsuran, 55_000, PainemLoan));

        var found = await db.ReadAsync(d => d.FindEntryAsync($" {recorded.Code.ToLowerInvariant()} ", None));

        Assert.NotNull(found);
        Assert.Equal(recorded.EntryId, found.EntryId);
        Assert.Equal(recorded.Code, found.Code);
        Assert.Equal((Mawar, Painem, "Painem", EntryKind.Angsuran, 55_000L, (long?)PainemLoan),
            (found.GroupId, found.PersonId, found.PersonName, found.Kind, found.Amount, found.LoanId));
        Assert.False(found.IsReversal || found.IsReversed || found.HasOpenDispute);
    }

    [SkippableTheory, Providers]
    public async Task Codes_that_are_not_an_entry_find_nothing(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var entry = await db.RecordAsync(new NewEntry(Mawar, Painem, EntryKind.Setoran, 10_000));
        var report = await db.TurnAsync(Message(PainemPhone), d => d.ReportRepaymentAsync(Mawar, Painem, PainemLoan, 55_000, None));

        Assert.NotEqual(entry.Code, report.Code);
        Assert.Null(await db.ReadAsync(d => d.FindEntryAsync(report.Code, None)));
        Assert.Null(await db.ReadAsync(d => d.FindReportedRepaymentAsync(entry.Code, None)));
        Assert.Null(await db.ReadAsync(d => d.FindEntryAsync(EntryCodes.Encode(500), None)));
        Assert.Null(await db.ReadAsync(d => d.FindEntryAsync("saldo", None)));
    }

    [SkippableTheory, Providers]
    public async Task A_reversal_is_found_as_a_reversal_and_its_entry_as_reversed(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var entry = await db.RecordAsync(new NewEntry(Mawar, Painem, EntryKind.Setoran, 50_000));
        var reversal = await db.RecordAsync(new NewEntry(Mawar, Painem, EntryKind.Setoran, 50_000, ReversesEntryId: entry.EntryId));

        var original = await db.ReadAsync(d => d.FindEntryAsync(entry.Code, None));
        var reversing = await db.ReadAsync(d => d.FindEntryAsync(reversal.Code, None));

        Assert.True(original!.IsReversed);
        Assert.False(original.IsReversal);
        Assert.True(reversing!.IsReversal);
        Assert.Equal(entry.EntryId, reversing.ReversesEntryId);
    }

    [SkippableTheory, Providers]
    public async Task Recent_entries_come_newest_first_with_reversals_and_who_recorded_them(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        // An imported entry: no recorder, no message, and still a code (from the insert trigger).
        await db.ExecuteAsync("""
            insert into ledger_entries (group_id, person_id, kind, amount, occurred_on, source, source_ref, recorded_at)
            values (1, 2, 'setoran', 5000, @Day, 'import', 'ledger.csv:2', @At)
            """, new { Day = new DateOnly(2026, 10, 1), At = new DateTimeOffset(2026, 10, 1, 0, 0, 0, TimeSpan.Zero) });
        var first = await db.RecordAsync(new NewEntry(Mawar, Painem, EntryKind.Setoran, 10_000), EndangPhone);
        await db.RecordAsync(new NewEntry(Mawar, Sri, EntryKind.Setoran, 99_000));
        await db.RecordAsync(new NewEntry(Mawar, Painem, EntryKind.Setoran, 10_000, ReversesEntryId: first.EntryId), SriPhone);
        await db.RecordAsync(new NewEntry(Mawar, Painem, EntryKind.Setoran, 20_000), RinaPhone);

        var recent = await db.ReadAsync(d => d.GetRecentEntriesAsync(Painem, Mawar, 10, None));
        var latestTwo = await db.ReadAsync(d => d.GetRecentEntriesAsync(Painem, Mawar, 2, None));

        Assert.Equal([20_000L, 10_000, 10_000, 5000], recent.Select(e => e.Amount));
        Assert.Equal(["Rina Kurniawati", "Sri Wahyuni", "Endang Susilowati", null], recent.Select(e => e.RecordedByName));
        Assert.Equal([false, true, false, false], recent.Select(e => e.IsReversal));
        Assert.Equal([false, false, true, false], recent.Select(e => e.IsReversed));
        Assert.All(recent, e => Assert.Equal(4, e.Code.Length));
        Assert.Equal(recent.Take(2), latestTwo);
        Assert.Empty(await db.ReadAsync(d => d.GetRecentEntriesAsync(Painem, Mawar, 0, None)));
    }
}
