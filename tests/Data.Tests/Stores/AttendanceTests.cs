using Pkkpm.Conversations.Attendance;
using Pkkpm.Data.Tests.Infrastructure;
using static Pkkpm.Data.Tests.Infrastructure.Fixture;

namespace Pkkpm.Data.Tests.Stores;

public class AttendanceTests
{
    private static readonly CancellationToken None = CancellationToken.None;
    private static readonly DateOnly Monday = new(2026, 11, 23);

    [SkippableTheory, Providers]
    public async Task The_latest_word_on_attendance_counts(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await db.TurnAsync(Message(SriPhone), d => d.SetAttendanceAsync(Mawar, Painem, Monday, AttendanceStatus.Alpa, null, None));
        await db.TurnAsync(Message(SriPhone), d => d.SetAttendanceAsync(Mawar, Sri, Monday, AttendanceStatus.Hadir, null, None));
        await db.TurnAsync(Message(SriPhone), d => d.SetAttendanceAsync(Mawar, Painem, Monday.AddDays(7), AttendanceStatus.Hadir, null, None));
        var correction = Message(EndangPhone);

        await db.TurnAsync(correction, d => d.SetAttendanceAsync(Mawar, Painem, Monday, AttendanceStatus.Sakit, "demam", None));

        var monday = await db.ReadAsync(d => d.GetAttendanceAsync(Mawar, Monday, None));
        Assert.Equal(new Dictionary<long, AttendanceStatus> { [Painem] = AttendanceStatus.Sakit, [Sri] = AttendanceStatus.Hadir }, monday);
        Assert.Equal(1, await db.ScalarAsync<long>("""
            select count(*) from attendance
             where person_id = @Painem and meeting_on = '2026-11-23' and reason = 'demam'
               and recorded_by_person_id = @Endang and source_message_sid = @Sid
            """, new { Painem, Endang, Sid = correction.MessageSid }));
        Assert.Empty(await db.ReadAsync(d => d.GetAttendanceAsync(Melati, Monday, None)));
    }
}
