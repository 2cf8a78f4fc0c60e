using Pkkpm.Conversations.Engine;
using Pkkpm.Conversations.Meetings;
using Pkkpm.Conversations.People;
using Pkkpm.Conversations.Sms;

namespace Pkkpm.Conversations.Tests.Meetings;

/// <summary>The reminder a member gets the day before a meeting: one SMS whenever its notice was.</summary>
public class MeetingTextsTests
{
    private static readonly DateTimeOffset Saturday10 = new(2026, 11, 28, 10, 0, 0, Wib.Offset);

    [Fact]
    public void A_reminder_opens_with_Pengingat_when_there_is_room()
    {
        var reminder = MeetingTexts.Reminder("KPB Mawar", Saturday10, "Balai Desa", "Rina Kurniawati", Role.Pendamping);

        Assert.Equal("Pengingat: besok rapat KPB Mawar, Sabtu 28/11 jam 10.00 di Balai Desa. Balas HADIR, IZIN atau SAKIT. -Rina (pendamping)", reminder);
    }

    [Theory]
    [InlineData(15, 0, "Senin 30/11 jam 15.00 di Balai Desa")]
    [InlineData(9, 5, "Senin 30/11 jam 09.05 di Balai Desa")]
    [InlineData(19, 30, "Senin 30/11 jam 19.30 di Balai Desa")]
    public void A_meeting_is_described_with_the_hour_written_the_Indonesian_way(int hour, int minute, string expected)
    {
        var meeting = new NextMeeting(new DateOnly(2026, 11, 30), new TimeOnly(hour, minute), "Balai Desa");

        Assert.Equal(expected, meeting.Describe());
    }

    [Fact]
    public void With_a_long_group_name_and_place_the_reminder_still_fits_one_SMS()
    {
        var reminder = MeetingTexts.Reminder("KPB Sekar Melati Sumberejo", Saturday10, "Rumah Ibu Endang Susilowati Purwaningsih", "Rina Kurniawati", Role.Pendamping);

        Assert.StartsWith("Besok rapat KPB Sekar Melati Sumberejo, Sabtu 28/11", reminder);
        Assert.True(SmsLength.FitsOneSegment(reminder), $"{reminder.Length} characters");
    }
}
