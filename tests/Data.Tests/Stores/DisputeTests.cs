using Pkkpm.Conversations.Ledger;
using Pkkpm.Data.Tests.Infrastructure;
using static Pkkpm.Data.Tests.Infrastructure.Fixture;

namespace Pkkpm.Data.Tests.Stores;

/// <summary>SALAH opens a dispute; a correction or the treasurer's confirmation closes it.</summary>
public class DisputeTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    [SkippableTheory, Providers]
    public async Task A_dispute_stays_open_until_it_is_closed(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var entry = await db.RecordAsync(new NewEntry(Mawar, Painem, EntryKind.Setoran, 50_000));
        var other = await db.RecordAsync(new NewEntry(Mawar, Painem, EntryKind.Setoran, 20_000));

        await db.TurnAsync(Message(PainemPhone), d => d.OpenDisputeAsync(entry.EntryId, "saya setor 5.000", None));
        await db.TurnAsync(Message(PainemPhone), d => d.OpenDisputeAsync(entry.EntryId, null, None));
        Assert.True((await db.ReadAsync(d => d.FindEntryAsync(entry.Code, None)))!.HasOpenDispute);
        Assert.False((await db.ReadAsync(d => d.FindEntryAsync(other.Code, None)))!.HasOpenDispute);

        var closing = Message(EndangPhone);
        await db.TurnAsync(closing, d => d.CloseDisputesAsync(entry.EntryId, "dikoreksi", None));

        Assert.False((await db.ReadAsync(d => d.FindEntryAsync(entry.Code, None)))!.HasOpenDispute);
        Assert.Equal(2, await db.ScalarAsync<long>("""
            select count(*) from entry_disputes
             where entry_id = @EntryId and disputed_by_person_id = @Painem and resolution = 'dikoreksi'
               and resolved_by_person_id = @Endang and resolved_message_sid = @Sid
            """, new { entry.EntryId, Painem, Endang, Sid = closing.MessageSid }));
    }

    [SkippableTheory, Providers]
    public async Task Closing_leaves_earlier_resolutions_alone(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var entry = await db.RecordAsync(new NewEntry(Mawar, Painem, EntryKind.Setoran, 50_000));
        await db.TurnAsync(Message(PainemPhone), d => d.OpenDisputeAsync(entry.EntryId, null, None));
        await db.TurnAsync(Message(EndangPhone), d => d.CloseDisputesAsync(entry.EntryId, "dikonfirmasi", None));
        await db.TurnAsync(Message(PainemPhone), d => d.OpenDisputeAsync(entry.EntryId, "tetap salah", None));

        Assert.True((await db.ReadAsync(d => d.FindEntryAsync(entry.Code, None)))!.HasOpenDispute);
        await db.TurnAsync(Message(EndangPhone), d => d.CloseDisputesAsync(entry.EntryId, "dikoreksi", None));

        Assert.Equal(["dikonfirmasi", "dikoreksi"], await db.QueryAsync<string>("select resolution from entry_disputes order by id"));
    }

    [SkippableTheory, Providers]
    public async Task A_resolution_is_dikoreksi_or_dikonfirmasi(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var entry = await db.RecordAsync(new NewEntry(Mawar, Painem, EntryKind.Setoran, 50_000));

        await Assert.ThrowsAsync<ArgumentException>(() =>
            db.TurnAsync(Message(EndangPhone), d => d.CloseDisputesAsync(entry.EntryId, "dihapus", None)));
    }
}
