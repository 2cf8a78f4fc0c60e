using System.Net;
using Pkkpm.Bot.Tests.Infrastructure;
using Pkkpm.Conversations.Turns;

namespace Pkkpm.Bot.Tests.Voice;

/// <summary>Issue 14: a missed call to the service's number gets the caller's SALDO by SMS, for free.</summary>
public class MissedCallTests
{
    private const string Sri = "+6281211110001", Endang = "+6281211110003", Rina = "+6281211110009", Stranger = "+6285700000000";

    [Fact]
    public async Task A_member_who_calls_is_rejected_and_gets_her_saldo_by_sms()
    {
        using var seeds = SeedFolder.Mawar();
        await using var app = new BotApplication(seeds.Path);

        var call = await app.Twilio.VoiceAsync(Sri);

        Assert.Equal((HttpStatusCode.OK, "text/xml"), (call.Status, call.ContentType));
        Assert.True(call.Rejected, call.Body);
        var queued = Assert.Single(await app.OutboxAsync(Sri));
        var saldo = (await app.Twilio.SmsAsync(Sri, "saldo")).Reply;
        Assert.Equal(new VoiceRecords.Queued("sms", OutboundKinds.CallBalance, saldo, "queued"), queued);
        Assert.StartsWith("Ibu Sri (KPB Mawar): tabungan Rp350.000.", saldo);
    }

    [Fact]
    public async Task The_balance_goes_by_sms_even_when_she_last_wrote_by_whatsapp()
    {
        using var seeds = SeedFolder.Mawar();
        await using var app = new BotApplication(seeds.Path);
        await app.Twilio.WhatsAppAsync(Sri, "menu");

        await app.Twilio.VoiceAsync(Sri);

        Assert.Equal("sms", Assert.Single(await app.OutboxAsync(Sri)).Channel);
    }

    [Theory]
    [InlineData("")]
    [InlineData("bm90IGEgc2lnbmF0dXJlIGF0IGFsbA==")]
    public async Task A_call_without_twilios_signature_is_refused_and_nothing_happens(string signature)
    {
        using var seeds = SeedFolder.Mawar();
        await using var app = new BotApplication(seeds.Path);

        var call = await app.Twilio.VoiceAsync(Sri, signature: signature);

        Assert.Equal(HttpStatusCode.Forbidden, call.Status);
        Assert.Empty(await app.OutboxAsync(Sri));
        Assert.Equal(0, await app.CallsRecordedAsync());
    }

    [Fact]
    public async Task A_retried_call_sid_gets_the_same_answer_and_queues_nothing_more()
    {
        using var seeds = SeedFolder.Mawar();
        await using var app = new BotApplication(seeds.Path);
        var sid = TwilioSender.NewCallSid();

        var first = await app.Twilio.VoiceAsync(Sri, sid);
        var again = await app.Twilio.VoiceAsync(Sri, sid);

        Assert.True(again.Rejected, again.Body);
        Assert.Equal(first.Body, again.Body);
        Assert.Single(await app.OutboxAsync(Sri));
        Assert.Equal(1, await app.CallsRecordedAsync());
    }

    [Fact]
    public async Task Two_deliveries_of_one_call_at_once_queue_one_sms()
    {
        using var seeds = SeedFolder.Mawar();
        await using var app = new BotApplication(seeds.Path);
        var sid = TwilioSender.NewCallSid();

        var calls = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => app.Twilio.VoiceAsync(Sri, sid)));

        Assert.All(calls, call => Assert.True(call.Rejected, call.Body));
        Assert.Single(await app.OutboxAsync(Sri));
    }

    [Fact]
    public async Task One_balance_per_number_per_ten_minutes()
    {
        using var seeds = SeedFolder.Mawar();
        await using var app = new BotApplication(seeds.Path);

        await app.Twilio.VoiceAsync(Sri);
        app.Clock.Advance(TimeSpan.FromMinutes(9));
        var within = await app.Twilio.VoiceAsync(Sri);
        Assert.True(within.Rejected, within.Body);
        Assert.Single(await app.OutboxAsync(Sri));
        // Another member's call is hers alone.
        await app.Twilio.VoiceAsync(Endang);
        Assert.Single(await app.OutboxAsync(Endang));

        app.Clock.Advance(TimeSpan.FromMinutes(1) + TimeSpan.FromSeconds(1));
        await app.Twilio.VoiceAsync(Sri);
        Assert.Equal(2, (await app.OutboxAsync(Sri)).Count);
    }

    [Fact]
    public async Task The_limit_is_a_setting()
    {
        using var seeds = SeedFolder.Mawar();
        await using var app = new BotApplication(seeds.Path, new() { ["Voice:MinutesBetweenBalances"] = "2" });

        await app.Twilio.VoiceAsync(Sri);
        app.Clock.Advance(TimeSpan.FromMinutes(2) + TimeSpan.FromSeconds(1));
        await app.Twilio.VoiceAsync(Sri);

        Assert.Equal(2, (await app.OutboxAsync(Sri)).Count);
    }

    [Fact]
    public async Task An_unknown_caller_is_rejected_and_nothing_about_her_is_kept()
    {
        using var seeds = SeedFolder.Mawar();
        await using var app = new BotApplication(seeds.Path, new() { ["Voice:Answer"] = "true" });

        var call = await app.Twilio.VoiceAsync(Stranger);

        Assert.True(call.Rejected, call.Body);
        Assert.Empty(await app.OutboxAsync(Stranger));
        Assert.Equal(0, await app.CallsRecordedAsync());
        Assert.Contains(app.Log.Lines, line => line.Contains("+62******000", StringComparison.Ordinal));
        Assert.DoesNotContain(app.Log.Lines, line => line.Contains(Stranger, StringComparison.Ordinal) || line.Contains("85700000000", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(Endang)] // a bendahara is a member too: her own savings
    [InlineData(Rina)]   // a pendamping: what SALDO tells her
    public async Task An_officer_who_calls_gets_what_saldo_gives_her(string phone)
    {
        using var seeds = SeedFolder.Mawar();
        await using var app = new BotApplication(seeds.Path);

        await app.Twilio.VoiceAsync(phone);

        var queued = Assert.Single(await app.OutboxAsync(phone));
        Assert.Equal((await app.Twilio.SmsAsync(phone, "saldo")).Reply, queued.Body);
    }

    [Fact]
    public async Task A_member_who_opted_out_still_gets_the_balance_she_called_for()
    {
        using var seeds = SeedFolder.Mawar();
        await using var app = new BotApplication(seeds.Path);
        await app.Twilio.SmsAsync(Sri, "BERHENTI");

        await app.Twilio.VoiceAsync(Sri);

        var queued = (await app.OutboxAsync(Sri)).Single(q => q.Kind == OutboundKinds.CallBalance);
        Assert.StartsWith("Ibu Sri (KPB Mawar): tabungan", queued.Body);
        Assert.False(OutboundKinds.IsBulk(queued.Kind));
    }

    [Fact]
    public async Task A_pending_summary_is_left_waiting_by_a_call()
    {
        using var seeds = SeedFolder.Mawar();
        await using var app = new BotApplication(seeds.Path);
        Assert.Contains("YA", (await app.Twilio.SmsAsync(Endang, "setor Slamet 20rb")).Reply);

        await app.Twilio.VoiceAsync(Endang);

        Assert.Contains("Rp20.000", (await app.Twilio.SmsAsync(Endang, "ya")).Reply);
    }
}
