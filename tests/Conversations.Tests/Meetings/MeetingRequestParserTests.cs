using Pkkpm.Conversations.Meetings;
using static Pkkpm.Conversations.Tests.Meetings.MeetingRequestCheck;

namespace Pkkpm.Conversations.Tests.Meetings;

/// <summary>Whole RAPAT commands, as facilitators send them. Now is Friday 27 Nov 2026 10:00 WIB.</summary>
public class MeetingRequestParserTests
{
    [Theory]
    [InlineData("MAWAR Senin 15.00 Balai Desa", "MAWAR", "2026-11-30", "15:00", "Balai Desa")]
    [InlineData("mawar 12/12 jam 3 sore", "MAWAR", "2026-12-12", "15:00", null)]
    [InlineData("Melati besok jam 9 pagi di rumah Bu Sri", "MELATI", "2026-11-28", "09:00", "rumah Bu Sri")]
    [InlineData("semua kamis 14:00", "SEMUA", "2026-12-03", "14:00", null)]
    [InlineData("MAWAR jam 3 sore besok", "MAWAR", "2026-11-28", "15:00", null)]
    [InlineData("MAWAR 15.00 Senin Balai Desa", "MAWAR", "2026-11-30", "15:00", "Balai Desa")]
    [InlineData("MAWAR#Senin#15.00#Balai Desa", "MAWAR", "2026-11-30", "15:00", "Balai Desa")]
    [InlineData("MAWAR, Senin, 15.00, di Balai Desa, RT 3.", "MAWAR", "2026-11-30", "15:00", "Balai Desa, RT 3")]
    [InlineData("  Mawar   Senin  15.00   Balai   Desa  ", "MAWAR", "2026-11-30", "15:00", "Balai Desa")]
    [InlineData("MAWAR Senin 15.00 di", "MAWAR", "2026-11-30", "15:00", null)]
    [InlineData("MAWAR Senin 15.00 dirumah Bu Sri", "MAWAR", "2026-11-30", "15:00", "dirumah Bu Sri")]
    [InlineData("MAWAR besok pagi jam 9 Posyandu", "MAWAR", "2026-11-28", "09:00", "Posyandu")]
    [InlineData("MAWAR nanti malam jam 7", "MAWAR", "2026-11-27", "19:00", null)]
    [InlineData("MAWAR Senin pukul 14.30 WIB di Balai Desa", "MAWAR", "2026-11-30", "14:30", "Balai Desa")]
    [InlineData("MAWAR Rebo sonten jam 3 Balai Desa", "MAWAR", "2026-12-02", "15:00", "Balai Desa")]
    [InlineData("mawar Rebo jam 3 sonten wonten Balai Desa", "MAWAR", "2026-12-02", "15:00", "Balai Desa")]
    [InlineData("MAWAR#Kemis Legi#bakda ashar#Mushola Al Ikhlas", "MAWAR", "2026-12-10", "15:30", "Mushola Al Ikhlas")]
    [InlineData("Melati mbenjing enjing jam 9 ing griyanipun Bu Sri", "MELATI", "2026-11-28", "09:00", "griyanipun Bu Sri")]
    [InlineData("MAWAR sesuk Setu jam 9 enjing nang omahe Yu Darmi", "MAWAR", "2026-11-28", "09:00", "omahe Yu Darmi")]
    [InlineData("MAWAR mangke dalu jam 7 Balai Desa", "MAWAR", "2026-11-27", "19:00", "Balai Desa")]
    [InlineData("MAWAR malem Jemuah bakda isya wonten ing Mushola", "MAWAR", "2026-12-03", "19:30", "Mushola")]
    [InlineData("MAWAR Senen 15.00 Ingkang Balai", "MAWAR", "2026-11-30", "15:00", "Ingkang Balai")] // "ing" only as a word
    public void ReadsAWholeCommand(string arguments, string group, string date, string time, string? place) =>
        Reads(arguments, group, date, time, place);

    [Theory]
    [InlineData("MAWAR Senin 15.00", "2026-11-30")]
    [InlineData("MAWAR SENIN 15.00", "2026-11-30")]
    [InlineData("MAWAR Selasa 15.00", "2026-12-01")]
    [InlineData("MAWAR rabu 15.00", "2026-12-02")]
    [InlineData("MAWAR Kamis 15.00", "2026-12-03")]
    [InlineData("MAWAR Kamis Legi 15.00", "2026-12-10")] // the next Thursday that is Legi (3/12 is Kamis Wage)
    [InlineData("MAWAR Jumat 15.00", "2026-11-27")] // today, the hour is still ahead
    [InlineData("MAWAR Jum'at 15.00", "2026-11-27")]
    [InlineData("MAWAR Sabtu 15.00", "2026-11-28")]
    [InlineData("MAWAR Minggu 15.00", "2026-11-29")]
    [InlineData("MAWAR Ahad 15.00", "2026-11-29")]
    [InlineData("MAWAR hari Senin 15.00", "2026-11-30")]
    [InlineData("MAWAR Senin depan 15.00", "2026-11-30")]
    [InlineData("MAWAR Jumat depan 15.00", "2026-12-04")] // "depan" on the day itself is next week
    [InlineData("MAWAR Senin 30/11 15.00", "2026-11-30")] // day name and date agree
    [InlineData("MAWAR Kamis Wage tgl 3 Des 15.00", "2026-12-03")]
    [InlineData("MAWAR besok 15.00", "2026-11-28")]
    [InlineData("MAWAR bsk 15.00", "2026-11-28")]
    [InlineData("MAWAR lusa 15.00", "2026-11-29")]
    [InlineData("MAWAR hari ini 15.00", "2026-11-27")]
    [InlineData("MAWAR nanti 15.00", "2026-11-27")]
    public void ReadsDayNamesAndWords(string arguments, string date) => ReadsDate(arguments, date);

    [Theory]
    [InlineData("MAWAR Jumat 09.00", "2026-12-04")] // today's hour has passed: next Friday
    [InlineData("MAWAR Jumat 10.00", "2026-12-04")] // this very minute is not ahead
    [InlineData("MAWAR Jumat 10.01", "2026-11-27")]
    public void MovesTodaysDayNameToNextWeekOnceTheHourHasPassed(string arguments, string date)
    {
        var time = arguments[^5..].Replace('.', ':');
        Reads(arguments, "MAWAR", date, time, null);
    }

    [Fact]
    public void CountsTheDayInWib()
    {
        // 20:00 UTC on Friday is already 03:00 on Saturday in WIB: "Sabtu" is today.
        var fridayEveningUtc = new DateTimeOffset(2026, 11, 27, 20, 0, 0, TimeSpan.Zero);
        Reads("MAWAR Sabtu 15.00", "MAWAR", "2026-11-28", "15:00", null, fridayEveningUtc);
        Reads("MAWAR besok 15.00", "MAWAR", "2026-11-29", "15:00", null, fridayEveningUtc);
    }
}
