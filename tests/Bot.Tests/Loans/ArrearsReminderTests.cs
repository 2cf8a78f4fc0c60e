using Pkkpm.Bot.Tests.Infrastructure;
using Pkkpm.Conversations.Sms;
using static Pkkpm.Bot.Tests.Loans.LoanSeeds;

namespace Pkkpm.Bot.Tests.Loans;

/// <summary>INGATKAN: members in arrears who asked for it get one polite SMS a week, Monday morning, until they stop.</summary>
public class ArrearsReminderTests
{
    private static Dictionary<string, string?> Settings() => new() { ["Scheduling:PollInterval"] = "00:00:05" };

    [Fact]
    public async Task A_member_in_arrears_who_asked_is_reminded_once_a_week()
    {
        using var seeds = WithWati();
        await using var app = new BotApplication(seeds.Path, Settings());

        var asked = await app.Twilio.SmsAsync(Tri, "INGATKAN");
        await app.Twilio.SmsAsync(Sri, "ingatkan"); // asked, but nothing is late
        app.Clock.Advance(TimeSpan.FromDays(3)); // Monday 30 Nov 10:00 WIB, past the 09:00 slot
        var first = await Eventually.UntilAsync(app, () => RemindersAsync(app), r => r.Count > 0);
        app.Clock.Advance(TimeSpan.FromDays(2)); // Wednesday: nothing more this week
        var sameWeek = await RemindersAsync(app);
        app.Clock.Advance(TimeSpan.FromDays(5)); // Monday 7 Dec
        var nextWeek = await Eventually.UntilAsync(app, () => RemindersAsync(app), r => r.Count > 2);

        Assert.Equal("Baik Ibu Tri, bila ada tunggakan angsuran, kami ingatkan tiap Senin pagi. Berhenti: balas INGATKAN BERHENTI.", asked.Reply);
        var reminder = Assert.Single(first);
        Assert.Equal(Tri, reminder.ToPhone);
        Assert.Equal("Ibu Tri, angsuran KPB Melati tertunggak Rp550.000 (11x). Mohon dibayar di pertemuan berikut. Terima kasih. Berhenti: INGATKAN BERHENTI", reminder.Body);
        Assert.True(SmsLength.IsGsm7(reminder.Body) && SmsLength.FitsOneSegment(reminder.Body));
        Assert.Single(sameWeek);
        // A week on, Tri again, one instalment more, and Sri, whose instalment of 1 Dec is now late.
        Assert.Equal([Tri, Tri, Sri], nextWeek.Select(r => r.ToPhone).Order().Reverse());
        Assert.Contains("Rp600.000 (12x)", nextWeek.Last(r => r.ToPhone == Tri).Body);
        Assert.Contains("Rp50.000 (1x)", nextWeek.Single(r => r.ToPhone == Sri).Body);
    }

    [Fact]
    public async Task After_INGATKAN_BERHENTI_no_reminder_goes()
    {
        using var seeds = WithWati();
        await using var app = new BotApplication(seeds.Path, Settings());

        await app.Twilio.SmsAsync(Tri, "ingetin aku bu");
        var stopped = await app.Twilio.SmsAsync(Tri, "INGATKAN BERHENTI");
        await app.Twilio.SmsAsync(Sri, "INGATKAN"); // someone else, in Mawar, so the job is seen to run
        app.Clock.Advance(TimeSpan.FromDays(5)); // 2 Dec: Sri is behind too
        var sent = await Eventually.UntilAsync(app, () => RemindersAsync(app), r => r.Count > 0);

        Assert.Equal("Baik Ibu Tri, pengingat angsuran dihentikan. Balas INGATKAN untuk menyalakan lagi.", stopped.Reply);
        Assert.Equal(Sri, Assert.Single(sent).ToPhone);
        Assert.Contains("-Endang", sent[0].Body); // signed by her bendahara
    }

    private static async Task<List<Books.OutboxRow>> RemindersAsync(BotApplication app) =>
        (await app.OutboxAsync()).Where(r => r.Kind == "reminder").ToList();
}
