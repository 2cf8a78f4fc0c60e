using Pkkpm.Conversations.Turns;

namespace Pkkpm.Data.Tests.Infrastructure;

/// <summary>
/// Two small groups: KPB Mawar (Sri the ketua, Endang the bendahara, Painem with a loan) and KPB
/// Melati (Slamet with a loan, Budi its bendahara), and Rina, pendamping of both. Mawar's list
/// numbers are inserted out of order, so order comes from the list, not from insertion.
/// </summary>
internal static class Fixture
{
    public const long Mawar = 1, Melati = 2;
    public const long Sri = 1, Painem = 2, Endang = 3, Rina = 4, Slamet = 5, Budi = 6;
    public const long PainemLoan = 1, SlametLoan = 2;

    public const string SriPhone = "+628123400101", PainemPhone = "+628123400108", EndangPhone = "+628123400103";
    public const string RinaPhone = "+628123400001", SlametPhone = "+628123400201", BudiPhone = "+628123400202";
    public const string UnknownPhone = "+6285700000000";

    /// <summary>Friday 27 November 2026, 10:00 WIB.</summary>
    public static readonly DateTimeOffset Friday = new(2026, 11, 27, 10, 0, 0, TimeSpan.FromHours(7));

    public const string Sql = """
        insert into groups (id, code, name, village, meeting_day, meeting_time, meeting_place) values
            (1, 'MAWAR', 'KPB Mawar', 'Sumberejo', 'Senin', '15:00', 'Rumah Bu Sri'),
            (2, 'MELATI', 'KPB Melati', 'Sumberejo', 'Selasa', '14:00', 'Balai Desa');
        insert into people (id, phone, name, role, salutation, created_at) values
            (1, '+628123400101', 'Sri Wahyuni', 'ketua', 'Ibu', @Joined),
            (2, '+628123400108', 'Painem', 'anggota', 'Ibu', @Joined),
            (3, '+628123400103', 'Endang Susilowati', 'bendahara', 'Ibu', @Joined),
            (4, '+628123400001', 'Rina Kurniawati', 'pendamping', 'Ibu', @Joined),
            (5, '+628123400201', 'Slamet Riyadi', 'anggota', 'Bapak', @Joined),
            (6, '+628123400202', 'Budi Santoso', 'bendahara', 'Bapak', @Joined);
        insert into memberships (person_id, group_id, list_number) values
            (2, 1, 3), (4, 1, null), (1, 1, 1), (3, 1, 2),
            (5, 2, 1), (6, 2, 2), (4, 2, null);
        insert into loans (id, person_id, group_id, principal, disbursed_on, instalments, instalment_amount, frequency, created_at) values
            (1, 2, 1, 1000000, @PainemDisbursed, 20, 55000, 'mingguan', @Joined),
            (2, 5, 2, 500000, @SlametDisbursed, 10, 55000, 'mingguan', @Joined);
        """;

    public const string AfterIdsOnPostgres = """
        select setval(pg_get_serial_sequence('groups', 'id'), (select max(id) from groups));
        select setval(pg_get_serial_sequence('people', 'id'), (select max(id) from people));
        select setval(pg_get_serial_sequence('loans', 'id'), (select max(id) from loans));
        """;

    /// <summary>The fixture's times and dates, typed like every other write.</summary>
    public static object Parameters => new
    {
        Joined = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero),
        PainemDisbursed = new DateOnly(2026, 10, 5),
        SlametDisbursed = new DateOnly(2026, 10, 6),
    };

    private static int _messages;

    /// <summary>A message from <paramref name="phone"/> with a fresh MessageSid.</summary>
    public static InboundMessage Message(string phone, DateTimeOffset? at = null, Channel channel = Channel.Sms) =>
        new($"SM{Interlocked.Increment(ref _messages):D6}{Guid.NewGuid():N}", phone, channel, "test", at ?? Friday);
}
