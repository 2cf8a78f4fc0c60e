using Pkkpm.Bot.Tests.Infrastructure;
using Pkkpm.Conversations.Sms;
using Pkkpm.Conversations.Turns;

namespace Pkkpm.Bot.Tests.Outbound;

/// <summary>
/// A number that three messages in a row could not reach, with none delivered between, is flagged
/// to the member's pendamping once, by name, and again only after it has recovered and failed again.
/// </summary>
[Collection(TwilioMockCollection.Name)]
public class FailingNumberTests(TwilioMockFixture mock)
{
    private const string Sri = "+6281211110001", Rina = "+6281211110009";
    private const string Notice = "Pesan ke Bu Sri Wahyuni (MAWAR, no. HP akhiran 0001) gagal terkirim 3 kali berturut-turut. Mohon dicek bersama beliau: nomornya masih aktif atau sudah ganti?";

    [Fact]
    public async Task Receipts_that_cannot_reach_a_member_tell_her_pendamping_once_by_name()
    {
        using var seeds = SeedFolder.Mawar();
        var twilio = mock.NewAccount();
        await using var app = new BotApplication(seeds.Path, Outbox.Settings(mock, twilio));

        // The first receipt and its resend by SMS do not arrive: two in a row.
        var first = await SentAsync(app, await app.QueueAsync(Sri, "Struk 1."));
        await app.ReportAsync(first.TwilioSid!, "undelivered", Sri, "30003");
        var firstAgain = await SentAsync(app, (await app.RowsAsync($"where resend_of = {first.Id}")).Single().Id);
        await app.ReportAsync(firstAgain.TwilioSid!, "undelivered", Sri, "30003");
        var afterTwo = await NoticesAsync(app);
        // The second receipt does not arrive either: the third. Its resend is the fourth.
        var second = await SentAsync(app, await app.QueueAsync(Sri, "Struk 2."));
        await app.ReportAsync(second.TwilioSid!, "failed", Sri, "30005");
        var secondAgain = await SentAsync(app, (await app.RowsAsync($"where resend_of = {second.Id}")).Single().Id);
        await app.ReportAsync(secondAgain.TwilioSid!, "undelivered", Sri, "30003");
        await app.RunUntilAsync(async () => await app.CountAsync("status = 'queued'") == 0);

        Assert.Empty(afterTwo);
        var notice = Assert.Single(await NoticesAsync(app));
        Assert.Equal((Rina, Notice, "sent"), (notice.ToPhone, notice.Body, notice.Status));
        Assert.True(SmsLength.IsGsm7(notice.Body) && SmsLength.FitsOneSegment(notice.Body), notice.Body);
        Assert.Equal(Notice, Assert.Single(twilio.Received, r => r.To == Rina).Body);
    }

    [Fact]
    public async Task A_delivered_message_ends_the_run_and_the_pendamping_is_told_again_only_after_it()
    {
        using var seeds = SeedFolder.Mawar();
        var twilio = mock.NewAccount();
        await using var app = new BotApplication(seeds.Path, Outbox.Settings(mock, twilio));
        // Each report below is one message's fate (the resends it causes are given none).
        string[] fates = ["30003", "30003", "delivered", "30005", "30007", "30003", "30006", "30003", "delivered", "30003", "30003", "30003"];
        var ids = new List<long>();
        foreach (var i in Enumerable.Range(1, fates.Length)) ids.Add(await app.QueueAsync(Sri, $"Rapat {i}.", OutboundKinds.MeetingNotice));
        await app.RunUntilAsync(async () => await app.CountAsync("status = 'queued'") == 0);

        var noticesAfter = new List<int>();
        foreach (var (id, fate) in ids.Zip(fates))
        {
            var sid = (await app.RowAsync(id)).TwilioSid!;
            if (fate == "delivered") await app.ReportAsync(sid, "delivered", Sri);
            else await app.ReportAsync(sid, "undelivered", Sri, fate);
            noticesAfter.Add((await NoticesAsync(app)).Count);
        }

        // A delivery ends the first run at two; 30007 (a carrier's filter) says nothing of the number;
        // the seventh message is the third in a row, the eighth tells nobody again; after the next
        // delivery, three more failures are a new run.
        Assert.Equal([0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 2], noticesAfter);
        Assert.All(await NoticesAsync(app), n => Assert.Equal((Rina, Notice), (n.ToPhone, n.Body)));
    }

    [Fact]
    public async Task A_number_twilio_calls_invalid_three_times_is_flagged()
    {
        using var seeds = SeedFolder.Mawar();
        var twilio = mock.NewAccount();
        twilio.Responder = form => form["To"] == Sri ? ScriptedReply.InvalidNumber : null;
        await using var app = new BotApplication(seeds.Path, Outbox.Settings(mock, twilio));
        foreach (var i in Enumerable.Range(1, 2)) await app.QueueAsync(Sri, $"Struk {i}.");
        await app.RunUntilAsync(async () => await app.CountAsync("status = 'queued'") == 0);
        var afterTwo = await NoticesAsync(app);

        await app.QueueAsync(Sri, "Struk 3.");
        await app.RunUntilAsync(async () => await app.CountAsync("status = 'queued'") == 0);

        Assert.Empty(afterTwo);
        Assert.Equal(3, await app.CountAsync($"to_phone = '{Sri}' and status = 'failed' and error_code = 21211"));
        var notice = Assert.Single(await NoticesAsync(app));
        Assert.Equal((Rina, Notice, "sent"), (notice.ToPhone, notice.Body, notice.Status));
    }

    [Fact]
    public async Task Outbound_FailingNumberAfter_sets_how_many_failures_make_a_run()
    {
        using var seeds = SeedFolder.Mawar();
        var twilio = mock.NewAccount();
        twilio.Responder = form => form["To"] == Sri ? ScriptedReply.InvalidNumber : null;
        await using var app = new BotApplication(seeds.Path, Outbox.Settings(mock, twilio, ("Outbound:FailingNumberAfter", "2")));
        await app.QueueAsync(Sri, "Struk 1.");
        await app.RunUntilAsync(async () => await app.CountAsync("status = 'queued'") == 0);
        var afterOne = await NoticesAsync(app);

        await app.QueueAsync(Sri, "Struk 2.");
        await app.RunUntilAsync(async () => await app.CountAsync("status = 'queued'") == 0);

        Assert.Empty(afterOne);
        Assert.Equal(Notice.Replace("3 kali", "2 kali"), Assert.Single(await NoticesAsync(app)).Body);
    }

    private static async Task<Outbox.Row> SentAsync(BotApplication app, long id)
    {
        await app.RunUntilSentAsync(id);
        var row = await app.RowAsync(id);
        Assert.Equal("sent", row.Status);
        return row;
    }

    private static Task<List<Outbox.Row>> NoticesAsync(BotApplication app) => app.RowsAsync("where kind = 'number-alert'");
}
