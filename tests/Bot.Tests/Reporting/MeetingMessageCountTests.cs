using Pkkpm.Bot.Tests.Infrastructure;

namespace Pkkpm.Bot.Tests.Reporting;

/// <summary>How many messages a treasurer needs to record an 18-member meeting.</summary>
public class MeetingMessageCountTests
{
    private const string Bendahara = "+6281233300003";

    private static SeedFolder EighteenMembers()
    {
        var people = Enumerable.Range(1, 18).Select(i =>
            $"081233300{i:000},Anggota Nomor{i},{(i == 3 ? "bendahara" : "anggota")},MELATI,Ibu");
        return new SeedFolder()
            .With("groups.csv", "code,name,village,meeting_day,meeting_time,meeting_place", "MELATI,KPB Melati,Sumberejo,Jumat,14:00,Balai Desa")
            .With("people.csv", ["phone,name,role,group_codes,salutation", .. people]);
    }

    [Fact]
    public async Task Bulk_takes_two_messages()
    {
        using var seeds = EighteenMembers();
        await using var app = new BotApplication(seeds.Path);
        var pairs = string.Join(" ", Enumerable.Range(1, 18).Select(i => $"{i} 10rb"));

        var summary = await app.Twilio.SmsAsync(Bendahara, "SETOR " + pairs);
        await app.Twilio.SmsAsync(Bendahara, "ya");

        Assert.True(("SETOR " + pairs).Length <= 160, "the whole meeting fits one SMS from a basic phone");
        Assert.Contains("Total Rp180.000.", string.Join(" ", summary.Replies));
        Assert.Equal(18, await app.EntryCountAsync());
        Assert.Equal(18, (await app.OutboxAsync()).Count);
    }

    [Fact]
    public async Task Guided_takes_twenty_messages()
    {
        using var seeds = EighteenMembers();
        await using var app = new BotApplication(seeds.Path);

        var sent = 1;
        await app.Twilio.SmsAsync(Bendahara, "SETOR");
        for (var i = 1; i <= 18; i++, sent++) await app.Twilio.SmsAsync(Bendahara, "10rb");
        var saved = await app.Twilio.SmsAsync(Bendahara, "ya");
        sent++;

        Assert.Equal(20, sent);
        Assert.StartsWith("Tersimpan 18 setoran, total Rp180.000.", saved.Replies[0]);
        Assert.Equal(18, await app.EntryCountAsync());
    }
}
