using Pkkpm.Conversations.Groups;
using Pkkpm.Conversations.Ledger;
using Pkkpm.Conversations.People;
using Pkkpm.Data.Tests.Infrastructure;
using static Pkkpm.Data.Tests.Infrastructure.Fixture;

namespace Pkkpm.Data.Tests.Stores;

public class GroupTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    [SkippableTheory, Providers]
    public async Task The_roster_is_the_members_in_list_order(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);

        var roster = await db.ReadAsync(d => d.GetRosterAsync(Mawar, None));

        Assert.Equal(
            [
                new RosterMember(Sri, 1, "Sri Wahyuni", SriPhone, "Ibu", Role.Ketua),
                new RosterMember(Endang, 2, "Endang Susilowati", EndangPhone, "Ibu", Role.Bendahara),
                new RosterMember(Painem, 3, "Painem", PainemPhone, "Ibu", Role.Anggota),
            ],
            roster);
    }

    [SkippableTheory, Providers]
    public async Task The_officers_are_the_bendahara_and_the_pendamping(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);

        var mawar = await db.ReadAsync(d => d.GetOfficersAsync(Mawar, None));
        var melati = await db.ReadAsync(d => d.GetOfficersAsync(Melati, None));

        Assert.Equal(
            [
                new Officer(Endang, "Endang Susilowati", EndangPhone, "Ibu", Role.Bendahara),
                new Officer(Rina, "Rina Kurniawati", RinaPhone, "Ibu", Role.Pendamping),
            ],
            mawar);
        Assert.Equal([Budi, Rina], melati.Select(o => o.PersonId));
    }

    [SkippableTheory, Providers]
    public async Task The_meeting_schedule_comes_from_the_group(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);

        var schedule = await db.ReadAsync(d => d.GetMeetingScheduleAsync(Melati, None));

        Assert.Equal(new MeetingSchedule("Selasa", new TimeOnly(14, 0), "Balai Desa", "mingguan"), schedule);
    }

    [SkippableTheory, Providers]
    public async Task Totals_hold_the_whole_group_and_the_money_since_a_date(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var before = new DateTimeOffset(2026, 11, 16, 15, 30, 0, TimeSpan.FromHours(7));
        var monday = new DateTimeOffset(2026, 11, 23, 15, 30, 0, TimeSpan.FromHours(7));
        var early = await db.RecordAsync(new NewEntry(Mawar, Painem, EntryKind.Setoran, 30_000), at: before);
        await db.RecordAsync(new NewEntry(Mawar, Painem, EntryKind.Angsuran, 55_000, PainemLoan), at: before);
        await db.RecordAsync(new NewEntry(Mawar, Sri, EntryKind.Setoran, 20_000), at: monday);
        await db.RecordAsync(new NewEntry(Mawar, Painem, EntryKind.Setoran, 10_000), at: monday);
        await db.RecordAsync(new NewEntry(Mawar, Sri, EntryKind.Penarikan, 5_000), at: monday);
        await db.RecordAsync(new NewEntry(Mawar, Painem, EntryKind.Angsuran, 55_000, PainemLoan), at: monday);
        // A correction this week of last week's deposit takes nothing from this week's deposits.
        await db.RecordAsync(new NewEntry(Mawar, Painem, EntryKind.Setoran, 30_000, ReversesEntryId: early.EntryId), at: monday);
        await db.RecordAsync(new NewEntry(Melati, Slamet, EntryKind.Setoran, 70_000), from: SlametPhone, at: monday);

        var totals = await db.ReadAsync(d => d.GetGroupTotalsAsync(Mawar, new DateOnly(2026, 11, 23), None));

        Assert.Equal(new DateOnly(2026, 11, 23), totals.Since);
        Assert.Equal(20_000 + 10_000 - 5_000, totals.Savings);
        Assert.Equal(30_000, totals.DepositsSince);
        Assert.Equal(55_000, totals.RepaymentsSince);
        var (personId, loan) = Assert.Single(totals.Loans);
        Assert.Equal((Painem, PainemLoan, 110_000L), (personId, loan.LoanId, loan.Repaid));
    }

    [SkippableTheory, Providers]
    public async Task Totals_of_a_group_without_money_are_zero(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await db.ExecuteAsync("insert into groups (id, code, name, village, meeting_day, meeting_time, meeting_place) values (3, 'BARU', 'KPB Baru', 'X', 'Rabu', '10:00', 'Y')");

        var totals = await db.ReadAsync(d => d.GetGroupTotalsAsync(3, new DateOnly(2026, 11, 1), None));

        Assert.Equal((0L, 0L, 0L), (totals.Savings, totals.DepositsSince, totals.RepaymentsSince));
        Assert.Empty(totals.Loans);
    }
}
