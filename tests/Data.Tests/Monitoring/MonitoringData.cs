using Pkkpm.Conversations.Attendance;
using Pkkpm.Conversations.Ledger;
using Pkkpm.Data.Monitoring;
using Pkkpm.Data.Tests.Infrastructure;
using static Pkkpm.Data.Tests.Infrastructure.Fixture;

namespace Pkkpm.Data.Tests.Monitoring;

/// <summary>
/// The fixture (Mawar and Melati in Sumberejo, Rina their pendamping) plus Yuli, a fourth member of
/// Mawar, and KPB Kenanga in Kaliwungu (Tini its member, Dewi its pendamping), with money and
/// meetings recorded through the stores around the week of Monday 23 November 2026 (<see cref="Week"/>).
/// </summary>
internal static class MonitoringData
{
    public const long Kenanga = 3;
    public const long Tini = 7, Dewi = 8, Yuli = 9;
    public const long KenangaLoan = 3;
    public const string TiniPhone = "+628123400301", DewiPhone = "+628123400002", YuliPhone = "+628123400104";

    /// <summary>Monday 23 to Sunday 29 November 2026.</summary>
    public static readonly ReportPeriod Week = ReportPeriod.Week(new DateOnly(2026, 11, 27));

    private const string Sql = """
        insert into groups (id, code, name, village, meeting_day, meeting_time, meeting_place, meeting_cadence) values
            (3, 'KENANGA', 'KPB Kenanga', 'Kaliwungu', 'Rabu', '15:00', 'Balai Desa', 'bulanan');
        insert into people (id, phone, name, role, salutation, created_at) values
            (7, '+628123400301', 'Tini', 'anggota', 'Ibu', @Joined),
            (8, '+628123400002', 'Dewi Lestari', 'pendamping', 'Ibu', @Joined),
            (9, '+628123400104', 'Yuli Astuti', 'anggota', 'Ibu', @Joined);
        insert into memberships (person_id, group_id, list_number) values (7, 3, 1), (8, 3, null), (9, 1, 4);
        insert into loans (id, person_id, group_id, principal, disbursed_on, instalments, instalment_amount, frequency, created_at) values
            (3, 7, 3, 500000, @KenangaDisbursed, 3, 200000, 'bulanan', @Joined);
        """;

    /// <summary>A moment at 09:00 WIB on <paramref name="day"/>: the ledger dates entries by the day of their message.</summary>
    public static DateTimeOffset On(DateOnly day) => new(day.ToDateTime(new TimeOnly(9, 0)), TimeSpan.FromHours(7));

    public static DateOnly Day(int month, int day) => new(2026, month, day);

    public static async Task<TestDatabase> CreateAsync(string provider)
    {
        var db = await TestDatabase.CreateAsync(provider);
        await db.ExecuteAsync(Sql, new { Joined = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero), KenangaDisbursed = Day(11, 24) });
        return db;
    }

    /// <summary>
    /// In the week: Mawar's Sri saves twice (10,000 + 5,000) and withdraws 5,000, Endang 20,000, Painem
    /// 25,000 and 15,000 (the 15,000 is reversed), Yuli nothing (she saved the Sunday before and the
    /// Monday after); Melati's Slamet 30,000; Kenanga's Tini 40,000.
    /// </summary>
    public static async Task AddSavingsAsync(TestDatabase db)
    {
        await db.RecordAsync(new NewEntry(Mawar, Yuli, EntryKind.Setoran, 7_000), at: new DateTimeOffset(2026, 11, 22, 23, 30, 0, TimeSpan.FromHours(7)));
        await db.RecordAsync(new NewEntry(Mawar, Sri, EntryKind.Setoran, 10_000), at: On(Day(11, 23)));
        await db.RecordAsync(new NewEntry(Mawar, Sri, EntryKind.Setoran, 5_000), at: On(Day(11, 27)));
        await db.RecordAsync(new NewEntry(Mawar, Sri, EntryKind.Penarikan, 5_000), at: On(Day(11, 27)));
        await db.RecordAsync(new NewEntry(Mawar, Endang, EntryKind.Setoran, 20_000), at: On(Day(11, 23)));
        await db.RecordAsync(new NewEntry(Mawar, Painem, EntryKind.Setoran, 25_000), at: On(Day(11, 23)));
        var mistake = await db.RecordAsync(new NewEntry(Mawar, Painem, EntryKind.Setoran, 15_000), at: On(Day(11, 23)));
        await db.RecordAsync(new NewEntry(Mawar, Painem, EntryKind.Setoran, 15_000, ReversesEntryId: mistake.EntryId), at: On(Day(11, 24)));
        // Sunday 29 November at 23:59 WIB is still in the week; 00:30 on Monday is not.
        await db.RecordAsync(new NewEntry(Mawar, Yuli, EntryKind.Setoran, 9_000), at: new DateTimeOffset(2026, 11, 30, 0, 30, 0, TimeSpan.FromHours(7)));
        await db.RecordAsync(new NewEntry(Melati, Slamet, EntryKind.Setoran, 30_000), from: BudiPhone, at: On(Day(11, 24)));
        await db.RecordAsync(new NewEntry(Kenanga, Tini, EntryKind.Setoran, 40_000), from: DewiPhone, at: On(Day(11, 25)));
    }

    /// <summary>
    /// Painem (20 x 55,000 weekly from 5 October) paid 2: on 29 November 7 were due, 5 behind, the
    /// oldest (26 October) 34 days late. Slamet (10 x 55,000 from 6 October) paid 6 of 7 due: the
    /// 7th (24 November) 5 days late. Tini's monthly loan was disbursed on 24 November: nothing due.
    /// </summary>
    public static async Task AddRepaymentsAsync(TestDatabase db)
    {
        foreach (var day in new[] { Day(10, 12), Day(10, 19) })
            await db.RecordAsync(new NewEntry(Mawar, Painem, EntryKind.Angsuran, 55_000, PainemLoan), at: On(day));
        foreach (var week in Enumerable.Range(1, 6))
            await db.RecordAsync(new NewEntry(Melati, Slamet, EntryKind.Angsuran, 55_000, SlametLoan), from: BudiPhone, at: On(Day(10, 6).AddDays(7 * week)));
    }

    /// <summary>
    /// Mawar (Senin) took the roll on 23 November (Sri and Endang HADIR, Painem ALPA, Yuli IZIN by her
    /// own word) and on 2, 9 and 16 November (Sri HADIR) and 26 October (Painem ALPA). Melati's Slamet
    /// answered HADIR for Tuesday 24 November himself, but no roll was taken: that meeting was not held.
    /// </summary>
    public static async Task AddMeetingsAsync(TestDatabase db)
    {
        await AttendAsync(db, YuliPhone, Mawar, Yuli, Day(11, 23), AttendanceStatus.Izin);
        await AttendAsync(db, EndangPhone, Mawar, Sri, Day(11, 23), AttendanceStatus.Hadir);
        await AttendAsync(db, EndangPhone, Mawar, Endang, Day(11, 23), AttendanceStatus.Hadir);
        await AttendAsync(db, EndangPhone, Mawar, Painem, Day(11, 23), AttendanceStatus.Alpa);
        foreach (var day in new[] { Day(11, 2), Day(11, 9), Day(11, 16) })
            await AttendAsync(db, EndangPhone, Mawar, Sri, day, AttendanceStatus.Hadir);
        await AttendAsync(db, EndangPhone, Mawar, Painem, Day(10, 26), AttendanceStatus.Alpa);
        await AttendAsync(db, SlametPhone, Melati, Slamet, Day(11, 24), AttendanceStatus.Hadir);
    }

    private static Task AttendAsync(TestDatabase db, string from, long group, long person, DateOnly day, AttendanceStatus status) =>
        db.TurnAsync(Message(from, On(day)), d => d.SetAttendanceAsync(group, person, day, status, null, CancellationToken.None));
}
