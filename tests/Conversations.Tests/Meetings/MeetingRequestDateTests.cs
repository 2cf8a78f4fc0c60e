using static Pkkpm.Conversations.Tests.Meetings.MeetingRequestCheck;

namespace Pkkpm.Conversations.Tests.Meetings;

/// <summary>Calendar dates. Now is Friday 27 Nov 2026 10:00 WIB.</summary>
public class MeetingRequestDateTests
{
    [Theory]
    [InlineData("MAWAR 12/12 15.00", "2026-12-12")]
    [InlineData("MAWAR 12-12 15.00", "2026-12-12")]
    [InlineData("MAWAR 12/12/2026 15.00", "2026-12-12")]
    [InlineData("MAWAR 12/12/26 15.00", "2026-12-12")]
    [InlineData("MAWAR 12-12-2026 15.00", "2026-12-12")]
    [InlineData("MAWAR 12.12.2026 15.00", "2026-12-12")]
    [InlineData("MAWAR 3/1 15.00", "2027-01-03")] // no year: the next 3 January
    [InlineData("MAWAR 27/11 15.00", "2026-11-27")] // today counts
    [InlineData("MAWAR 26/11 15.00", "2027-11-26")] // yesterday's date is next year's
    [InlineData("MAWAR 29/2 15.00", "2028-02-29")] // waits for a leap year
    [InlineData("MAWAR 12 Desember 15.00", "2026-12-12")]
    [InlineData("MAWAR 12 Des 15.00", "2026-12-12")]
    [InlineData("MAWAR 12 Des. 15.00", "2026-12-12")]
    [InlineData("MAWAR 12 desember 2026 15.00", "2026-12-12")]
    [InlineData("MAWAR 12 DESEMBER 2027 15.00", "2027-12-12")]
    [InlineData("MAWAR tgl 12/12 15.00", "2026-12-12")]
    [InlineData("MAWAR tanggal 12 Desember 15.00", "2026-12-12")]
    [InlineData("MAWAR 12 Des 15", "2026-12-12")] // a two-digit number after the month is the hour
    [InlineData("MAWAR 15.00 12 Desember", "2026-12-12")]
    [InlineData("MAWAR 15 12/12", "2026-12-12")]
    public void ReadsCalendarDates(string arguments, string date) => ReadsDate(arguments, date);

    [Theory]
    [InlineData("Januari", 1)]
    [InlineData("Jan", 1)]
    [InlineData("Februari", 2)]
    [InlineData("Feb", 2)]
    [InlineData("Maret", 3)]
    [InlineData("Mar", 3)]
    [InlineData("April", 4)]
    [InlineData("Apr", 4)]
    [InlineData("Mei", 5)]
    [InlineData("Juni", 6)]
    [InlineData("Jun", 6)]
    [InlineData("Juli", 7)]
    [InlineData("Jul", 7)]
    [InlineData("Agustus", 8)]
    [InlineData("Agu", 8)]
    [InlineData("Agt", 8)]
    [InlineData("September", 9)]
    [InlineData("Sep", 9)]
    [InlineData("Oktober", 10)]
    [InlineData("Okt", 10)]
    [InlineData("November", 11)]
    [InlineData("Nov", 11)]
    [InlineData("Nop", 11)]
    [InlineData("Desember", 12)]
    [InlineData("Des", 12)]
    public void ReadsEveryMonthName(string month, int number) =>
        ReadsDate($"MAWAR 3 {month} 2027 15.00", $"2027-{number:00}-03");
}
