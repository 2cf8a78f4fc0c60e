using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Microsoft.Extensions.Time.Testing;
using Pkkpm.Conversations.Engine;
using Pkkpm.Conversations.Meetings;
using Pkkpm.Conversations.People;
using Pkkpm.Conversations.Sms;
using Pkkpm.Conversations.Tests.Engine;
using Pkkpm.Conversations.Turns;

namespace Pkkpm.Conversations.Tests.Sms;

/// <summary>
/// A basic phone pays for every segment, and one character outside GSM-7 cuts a segment from 160
/// characters to 70. Filled with the longest names, places, amounts and lists, every reply of every
/// command of every role, and every message queued to someone else, is one GSM-7 SMS. A reply that
/// is paged on purpose (DAFTAR, a long summary) is several replies, each of them one SMS.
/// </summary>
public class EveryReplyFitsOneSmsProperties
{
    [Fact]
    public Task The_longest_of_everything_fits() => Check(WorstCase.Longest);

    [Property(MaxTest = 25)]
    public Property Any_worst_case_fits() => Prop.ForAll(WorstCase.Any(), worst => Check(worst).GetAwaiter().GetResult());

    private static async Task Check(WorstCase worst)
    {
        var data = WorstCaseBooks.Fill(worst);
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 27, 16, 0, 0, Wib.Offset));
        var chat = new RecordedChat(data, clock, new ConversationOptions { MaxAmountPerEntry = 999_999_999 });

        await new WorstCaseConversations(chat, worst, data, clock).RunAsync();

        var tooLong = chat.Messages.Concat(Reminders(data, worst))
            .Where(m => !SmsLength.IsGsm7(m.Sms) || !SmsLength.FitsOneSegment(m.Sms)).ToList();
        Assert.True(tooLong.Count == 0, string.Join("\n", tooLong.Select(m => $"{m.Sent}\n  -> {Measure(m.Sms)}: {m.Sms}")));
        Assert.All(data.Broadcasts, broadcast => Assert.True(SmsLength.IsGsm7(broadcast.Body), broadcast.Body));
        ScriptReachedEveryStep(chat, data, worst);
    }

    // The day before each meeting scheduled, the members who have not answered get a reminder.
    private static IEnumerable<(string Sent, string Sms)> Reminders(FakeConversationData data, WorstCase worst) =>
        from meeting in data.ScheduledMeetings
        from signer in new[] { (Name: worst.PendampingName, Role: Role.Pendamping), (Name: worst.Names[1], Role: Role.Ketua) }
        select ($"reminder of the meeting at {meeting.Place}", MeetingTexts.Reminder(worst.GroupName, meeting.StartsAt, meeting.Place, signer.Name, signer.Role));

    // Guards the script itself: a step that silently failed would leave its replies untested.
    private static void ScriptReachedEveryStep(RecordedChat chat, FakeConversationData data, WorstCase worst)
    {
        Assert.Contains(chat.Messages, m => m.Sms.Contains("tercatat: IZIN ("));
        Assert.Contains(chat.Messages, m => m.Sms.StartsWith("Ada ") && m.Sms.Contains("anggota bernama"));
        Assert.Contains(chat.Messages, m => m.Sms.StartsWith("Koreksi tersimpan"));
        Assert.Contains(chat.Messages, m => m.Sms.Contains("anggota setor, total"));
        Assert.Contains(chat.Messages, m => m.Sms.Contains("dibatalkan karena tidak dijawab"));
        Assert.Equal(2, data.Reports.Count);
        Assert.Equal(2, data.Broadcasts.Count(b => b.Kind == OutboundKinds.MeetingNotice));
        Assert.Single(data.Broadcasts, b => b.Kind == OutboundKinds.Broadcast);
        Assert.Contains(chat.Messages, m => m.Sms.StartsWith("Keberatan"));
        Assert.Contains(data.Entries, e => e.Entry.IsReversal);
        Assert.Equal(2, chat.Messages.Count(m => m.Sms.Contains("tidak lagi berwenang")));
        // The deposit of every member, the round's, the withdrawal and the repayments.
        Assert.True(data.Entries.Count > worst.Names.Count + 5, $"{data.Entries.Count} entries recorded");
    }

    private static string Measure(string sms) => SmsLength.IsGsm7(sms) ? $"{SmsLength.Septets(sms)} septets" : $"UCS-2, {sms.Length} units";
}
