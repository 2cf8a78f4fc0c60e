using static Pkkpm.Conversations.Tests.Meetings.MeetingRequestCheck;

namespace Pkkpm.Conversations.Tests.Meetings;

/// <summary>Days and date words as Central Java writes them, in ngoko and krama.
/// Now is Friday 27 Nov 2026 10:00 WIB (pasaran aside).</summary>
public class MeetingRequestJavaneseDateTests
{
    [Theory]
    [InlineData("MAWAR Senen 15.00", "2026-11-30")]
    [InlineData("MAWAR SENEN 15.00", "2026-11-30")]
    [InlineData("MAWAR Slasa 15.00", "2026-12-01")]
    [InlineData("MAWAR Rebo 15.00", "2026-12-02")]
    [InlineData("MAWAR rebo 15.00", "2026-12-02")]
    [InlineData("MAWAR Kemis 15.00", "2026-12-03")]
    [InlineData("MAWAR Jemuah 15.00", "2026-11-27")] // today, the hour is still ahead
    [InlineData("MAWAR Jemuwah 15.00", "2026-11-27")]
    [InlineData("MAWAR Jumuah 15.00", "2026-11-27")]
    [InlineData("MAWAR Jum'ah 15.00", "2026-11-27")]
    [InlineData("MAWAR JEMU'AH 15.00", "2026-11-27")]
    [InlineData("MAWAR Jum\u2019at 15.00", "2026-11-27")] // a phone's curly apostrophe
    [InlineData("MAWAR Setu 15.00", "2026-11-28")]
    [InlineData("MAWAR setu 15.00", "2026-11-28")]
    [InlineData("MAWAR Minggu 15.00", "2026-11-29")]
    [InlineData("MAWAR Ahad 15.00", "2026-11-29")]
    public void ReadsJavaneseDayNames(string arguments, string date) => ReadsDate(arguments, date);

    [Fact]
    public void TodaysJavaneseDayNameMovesToNextWeekOnceTheHourHasPassed() =>
        Reads("MAWAR Jemuah jam 9 enjing", "MAWAR", "2026-12-04", "09:00", null);

    [Theory]
    [InlineData("MAWAR Senen Legi 15.00", "2026-11-30")]
    [InlineData("MAWAR Selasa Pahing 15.00", "2026-12-01")]
    [InlineData("MAWAR Rebo Paing 15.00", "2026-12-16")]
    [InlineData("MAWAR Kemis Pon 15.00", "2026-12-17")]
    [InlineData("MAWAR Jemuah Wage 15.00", "2026-12-18")]
    [InlineData("MAWAR Setu Kliwon 15.00", "2026-12-19")]
    [InlineData("MAWAR Rebo Pon tgl 2/12 15.00", "2026-12-02")]
    public void ReadsTheNextDayThatIsBothTheWeekdayAndThePasaran(string arguments, string date) => ReadsDate(arguments, date);

    [Theory]
    [InlineData("MAWAR dinten Rebo 15.00", "2026-12-02")]
    [InlineData("MAWAR dina Setu 15.00", "2026-11-28")]
    [InlineData("MAWAR hari Kemis 15.00", "2026-12-03")]
    [InlineData("MAWAR dinten niki 15.00", "2026-11-27")]
    [InlineData("MAWAR dinten menika 15.00", "2026-11-27")]
    [InlineData("MAWAR dina iki 15.00", "2026-11-27")]
    [InlineData("MAWAR Rebo iki 15.00", "2026-12-02")]
    [InlineData("MAWAR Rebo ngarep 15.00", "2026-12-02")]
    [InlineData("MAWAR Jemuah ngarep 15.00", "2026-12-04")] // on a Friday, the coming one is next week's
    [InlineData("MAWAR Jemuah ngajeng 15.00", "2026-12-04")]
    [InlineData("MAWAR Jemuah sesuk 15.00", "2026-12-04")]
    [InlineData("MAWAR Jumat niki 15.00", "2026-11-27")]
    public void ReadsTheWordsAroundADay(string arguments, string date) => ReadsDate(arguments, date);

    [Theory]
    [InlineData("MAWAR sesuk 15.00", "2026-11-28")]
    [InlineData("MAWAR sesok 15.00", "2026-11-28")]
    [InlineData("MAWAR Sesuk 15.00", "2026-11-28")]
    [InlineData("MAWAR besuk 15.00", "2026-11-28")]
    [InlineData("MAWAR mbesuk 15.00", "2026-11-28")]
    [InlineData("MAWAR mbenjing 15.00", "2026-11-28")]
    [InlineData("MAWAR benjing 15.00", "2026-11-28")]
    [InlineData("MAWAR mbenjang 15.00", "2026-11-28")]
    [InlineData("MAWAR mangke 15.00", "2026-11-27")]
    [InlineData("MAWAR mengko 15.00", "2026-11-27")]
    [InlineData("MAWAR 15.00 sesuk", "2026-11-28")]
    public void ReadsTomorrowAndLaterToday(string arguments, string date) => ReadsDate(arguments, date);

    [Theory]
    [InlineData("MAWAR besok Senin 15.00", "2026-11-30")] // the coming Monday, not tomorrow
    [InlineData("MAWAR sesuk Rebo 15.00", "2026-12-02")]
    [InlineData("MAWAR mbenjing Setu 15.00", "2026-11-28")]
    [InlineData("MAWAR mbenjing Kemis Legi 15.00", "2026-12-10")]
    [InlineData("MAWAR besok Jumat 15.00", "2026-12-04")] // said on a Friday: next week's
    public void ReadsTomorrowBeforeADayNameAsTheComingDay(string arguments, string date) => ReadsDate(arguments, date);
}
