using static Pkkpm.Conversations.Tests.Meetings.MeetingRequestCheck;

namespace Pkkpm.Conversations.Tests.Meetings;

/// <summary>Times of day in Javanese and by prayer time; every meeting here is tomorrow.</summary>
public class MeetingRequestJavaneseTimeTests
{
    [Theory]
    [InlineData("MAWAR besok jam 3 sonten", "15:00")]
    [InlineData("MAWAR besok sonten jam 3", "15:00")]
    [InlineData("MAWAR sesuk jam 4 sonten", "16:00")]
    [InlineData("MAWAR sesuk 3.30 sonten", "15:30")]
    [InlineData("MAWAR sesuk jam 3 sonten WIB", "15:00")]
    [InlineData("MAWAR sesuk enjing jam 9", "09:00")]
    [InlineData("MAWAR sesuk jam 9 enjing", "09:00")]
    [InlineData("MAWAR sesuk jam 8 esuk", "08:00")]
    [InlineData("MAWAR sesuk pukul 8 pagi", "08:00")]
    [InlineData("MAWAR sesuk siang jam 1", "13:00")]
    [InlineData("MAWAR sesuk jam 1 awan", "13:00")]
    [InlineData("MAWAR sesuk jam 7 dalu", "19:00")]
    [InlineData("MAWAR sesuk dalu jam 7", "19:00")]
    [InlineData("MAWAR sesuk jam 7 malem", "19:00")]
    [InlineData("MAWAR sesuk malem jam 8", "20:00")]
    [InlineData("MAWAR sesuk jam 8 bengi", "20:00")]
    [InlineData("MAWAR sesuk jam 7 mlm", "19:00")]
    [InlineData("MAWAR jam 3 sonten sesuk", "15:00")]
    [InlineData("MAWAR sonten jam 3 mbenjing", "15:00")]
    public void ReadsJavaneseTimesOfDay(string arguments, string time) => ReadsTime(arguments, time);

    [Theory]
    [InlineData("MAWAR sesuk bakda subuh", "05:00")]
    [InlineData("MAWAR sesuk bakda dhuhur", "12:30")]
    [InlineData("MAWAR sesuk bakda luhur", "12:30")]
    [InlineData("MAWAR sesuk ba'da dzuhur", "12:30")]
    [InlineData("MAWAR sesuk habis zuhur", "12:30")]
    [InlineData("MAWAR sesuk bakda ashar", "15:30")]
    [InlineData("MAWAR sesuk Bakda Ashar", "15:30")]
    [InlineData("MAWAR sesuk ba'da asar", "15:30")]
    [InlineData("MAWAR sesuk bar ashar", "15:30")]
    [InlineData("MAWAR sesuk setelah ashar", "15:30")]
    [InlineData("MAWAR sesuk bakda maghrib", "18:30")]
    [InlineData("MAWAR sesuk ba\u2019da magrib", "18:30")]
    [InlineData("MAWAR sesuk sehabis maghrib", "18:30")]
    [InlineData("MAWAR sesuk bakda isya", "19:30")]
    [InlineData("MAWAR sesuk bakda isyak", "19:30")]
    [InlineData("MAWAR sesuk sawise isya", "19:30")]
    [InlineData("MAWAR bakda ashar sesuk", "15:30")]
    public void ReadsAPrayerTimeInPlaceOfTheHour(string arguments, string time) => ReadsTime(arguments, time);

    [Theory]
    [InlineData("MAWAR sesuk bakda ashar jam 4", "16:00")]
    [InlineData("MAWAR sesuk bakda ashar jam 3.45", "15:45")]
    [InlineData("MAWAR sesuk bakda isya jam 8", "20:00")]
    [InlineData("MAWAR sesuk bakda maghrib jam 6", "18:00")]
    [InlineData("MAWAR sesuk bakda dhuhur jam 1", "13:00")]
    [InlineData("MAWAR sesuk bakda subuh jam 6", "06:00")]
    [InlineData("MAWAR sesuk jam 8 bakda isya", "20:00")]
    public void AnHourSaidWithAPrayerTimeIsReadInItsPartOfTheDay(string arguments, string time) => ReadsTime(arguments, time);
}
