using Pkkpm.Conversations.Ledger;
using Pkkpm.Data.Tests.Infrastructure;
using static Pkkpm.Data.Tests.Infrastructure.Fixture;

namespace Pkkpm.Data.Tests.Stores;

public class LedgerTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    [SkippableTheory, Providers]
    public async Task Each_balance_is_the_sum_of_its_entries(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        long[] deposits = [25_000, 10_000, 15_000];
        foreach (var amount in deposits) await db.RecordAsync(new NewEntry(Mawar, Painem, EntryKind.Setoran, amount));
        await db.RecordAsync(new NewEntry(Mawar, Painem, EntryKind.Penarikan, 7_000));
        await db.RecordAsync(new NewEntry(Mawar, Painem, EntryKind.Angsuran, 55_000, PainemLoan));
        await db.RecordAsync(new NewEntry(Mawar, Painem, EntryKind.Angsuran, 30_000, PainemLoan));
        await db.RecordAsync(new NewEntry(Mawar, Sri, EntryKind.Setoran, 99_000));

        var statement = await db.ReadAsync(d => d.GetStatementAsync(Painem, Mawar, None));

        Assert.Equal(deposits.Sum() - 7_000, statement.Savings);
        Assert.Equal(85_000, Assert.Single(statement.Loans).Repaid);
        Assert.Equal(statement.Savings, await db.ScalarAsync<long>(
            "select sum(case kind when 'setoran' then amount else -amount end) from ledger_entries where person_id = @Painem and kind <> 'angsuran'", new { Painem }));
    }

    [SkippableTheory, Providers]
    public async Task A_reversed_entry_and_its_reversal_count_zero(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await db.RecordAsync(new NewEntry(Mawar, Painem, EntryKind.Setoran, 20_000));
        var wrong = await db.RecordAsync(new NewEntry(Mawar, Painem, EntryKind.Setoran, 50_000));
        var wrongRepayment = await db.RecordAsync(new NewEntry(Mawar, Painem, EntryKind.Angsuran, 550_000, PainemLoan));

        await db.RecordAsync(new NewEntry(Mawar, Painem, EntryKind.Setoran, 50_000, ReversesEntryId: wrong.EntryId));
        await db.RecordAsync(new NewEntry(Mawar, Painem, EntryKind.Angsuran, 550_000, PainemLoan, ReversesEntryId: wrongRepayment.EntryId));

        var statement = await db.ReadAsync(d => d.GetStatementAsync(Painem, Mawar, None));
        var totals = await db.ReadAsync(d => d.GetGroupTotalsAsync(Mawar, new DateOnly(2026, 11, 1), None));
        Assert.Equal(20_000, statement.Savings);
        Assert.Equal(0, Assert.Single(statement.Loans).Repaid);
        Assert.Equal(20_000, totals.Savings);
        Assert.Equal(20_000, totals.DepositsSince);
        Assert.Equal(0, totals.RepaymentsSince);
        Assert.Equal(0, totals.Loans.Single(l => l.Loan.LoanId == PainemLoan).Loan.Repaid);
    }

    [SkippableTheory, Providers]
    public async Task An_entry_is_reversed_once_and_a_reversal_never(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var entry = await db.RecordAsync(new NewEntry(Mawar, Painem, EntryKind.Setoran, 50_000));
        var reversal = await db.RecordAsync(new NewEntry(Mawar, Painem, EntryKind.Setoran, 50_000, ReversesEntryId: entry.EntryId));

        var twice = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            db.RecordAsync(new NewEntry(Mawar, Painem, EntryKind.Setoran, 50_000, ReversesEntryId: entry.EntryId)));
        var ofReversal = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            db.RecordAsync(new NewEntry(Mawar, Painem, EntryKind.Setoran, 50_000, ReversesEntryId: reversal.EntryId)));

        Assert.Contains("already reversed", twice.Message);
        Assert.Contains("itself a reversal", ofReversal.Message);
        Assert.Equal(2, await db.ScalarAsync<long>("select count(*) from ledger_entries"));
    }

    [SkippableTheory, Providers]
    public async Task A_reversal_repeats_the_reversed_entry(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var entry = await db.RecordAsync(new NewEntry(Mawar, Painem, EntryKind.Setoran, 50_000));

        await Assert.ThrowsAsync<InvalidOperationException>(() =>
            db.RecordAsync(new NewEntry(Mawar, Painem, EntryKind.Setoran, 5_000, ReversesEntryId: entry.EntryId)));
        await Assert.ThrowsAsync<InvalidOperationException>(() =>
            db.RecordAsync(new NewEntry(Mawar, Painem, EntryKind.Penarikan, 50_000, ReversesEntryId: entry.EntryId)));
        await Assert.ThrowsAsync<InvalidOperationException>(() =>
            db.RecordAsync(new NewEntry(Mawar, Sri, EntryKind.Setoran, 50_000, ReversesEntryId: entry.EntryId)));
        await Assert.ThrowsAsync<InvalidOperationException>(() =>
            db.RecordAsync(new NewEntry(Mawar, Painem, EntryKind.Setoran, 50_000, ReversesEntryId: 999)));
    }

    [SkippableTheory, Providers]
    public async Task Money_only_goes_to_a_member_of_the_group_and_their_own_loan(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);

        await Assert.ThrowsAsync<InvalidOperationException>(() => db.RecordAsync(new NewEntry(Melati, Painem, EntryKind.Setoran, 10_000)));
        await Assert.ThrowsAsync<InvalidOperationException>(() => db.RecordAsync(new NewEntry(Mawar, Painem, EntryKind.Angsuran, 10_000, SlametLoan)));
        await Assert.ThrowsAsync<ArgumentException>(() => db.RecordAsync(new NewEntry(Mawar, Painem, EntryKind.Angsuran, 10_000)));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => db.RecordAsync(new NewEntry(Mawar, Painem, EntryKind.Setoran, 0)));
        Assert.Equal(0, await db.ScalarAsync<long>("select count(*) from ledger_entries"));
    }

    [SkippableTheory, Providers]
    public async Task Entries_carry_who_recorded_them_from_which_message_and_the_day_in_WIB(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        // 20:00 UTC on the 27th is 03:00 WIB on the 28th.
        var message = Message(EndangPhone, DateTimeOffset.Parse("2026-11-27T20:00:00Z"), Pkkpm.Conversations.Turns.Channel.WhatsApp);

        var recorded = await db.TurnAsync(message, d => d.RecordEntryAsync(new NewEntry(Mawar, Painem, EntryKind.Setoran, 25_000, Note: "minggu 9"), None));

        var row = await db.QuerySingleAsync<(long?, string, string, DateOnly, DateTimeOffset, string?)>(
            "select recorded_by_person_id, source_message_sid, source, occurred_on, recorded_at, note from ledger_entries where id = @Id",
            new { Id = recorded.EntryId });
        Assert.Equal((Endang, message.MessageSid, "whatsapp", new DateOnly(2026, 11, 28), message.ReceivedAt, "minggu 9"), row);
        var info = await db.ReadAsync(d => d.FindEntryAsync(recorded.Code, None));
        Assert.Equal(new DateOnly(2026, 11, 28), info!.OccurredOn);
        Assert.Equal("Endang Susilowati", info.RecordedByName);
    }

    [SkippableTheory, Providers]
    public async Task An_entry_from_an_unknown_phone_has_no_recorder_but_still_its_message(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);

        var recorded = await db.RecordAsync(new NewEntry(Mawar, Painem, EntryKind.Setoran, 25_000), UnknownPhone);

        Assert.Equal(1, await db.ScalarAsync<long>(
            "select count(*) from ledger_entries where id = @Id and recorded_by_person_id is null and source = 'sms' and source_message_sid is not null",
            new { Id = recorded.EntryId }));
    }
}
