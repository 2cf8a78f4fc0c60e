using Pkkpm.Bot.Tests.Infrastructure;

namespace Pkkpm.Bot.Tests.Reporting;

/// <summary>SETOR alone: the treasurer goes through the group list, one member per message.</summary>
public class GuidedRoundTests
{
    private const string Bendahara = "+6281211110003";

    [Fact]
    public async Task A_round_asks_each_member_in_list_order_then_confirms_the_total()
    {
        using var seeds = SeedFolder.Mawar();
        await using var app = new BotApplication(seeds.Path);

        var first = await app.Twilio.SmsAsync(Bendahara, "SETOR");
        var second = await app.Twilio.SmsAsync(Bendahara, "10rb");
        var third = await app.Twilio.SmsAsync(Bendahara, "0");
        var fourth = await app.Twilio.SmsAsync(Bendahara, "lewat");
        var summary = await app.Twilio.SmsAsync(Bendahara, "Rp 5.000");
        var saved = await app.Twilio.SmsAsync(Bendahara, "YA");

        Assert.Equal("Setoran Sri Wahyuni (1/4)? Balas jumlah, 0 jika tidak setor, LEWAT untuk lewati.", first.Reply);
        Assert.StartsWith("Setoran Slamet Riyadi (2/4)?", second.Reply);
        Assert.StartsWith("Setoran Endang Susilowati (3/4)?", third.Reply);
        Assert.StartsWith("Setoran Sri Rejeki (4/4)?", fourth.Reply);
        Assert.Equal("Setoran KPB Mawar: 2 anggota setor, total Rp15.000. Tidak setor 1, dilewati 1. Balas YA untuk simpan, BATAL untuk batal.", summary.Reply);
        Assert.StartsWith("Tersimpan 2 setoran, total Rp15.000.", saved.Reply);
        Assert.Equal(2, await app.EntryCountAsync());
        Assert.Equal(2, (await app.OutboxAsync()).Count);
    }

    [Fact]
    public async Task A_bad_answer_is_explained_and_the_same_member_asked_again()
    {
        using var seeds = SeedFolder.Mawar();
        await using var app = new BotApplication(seeds.Path);

        await app.Twilio.SmsAsync(Bendahara, "SETOR");
        var bad = await app.Twilio.SmsAsync(Bendahara, "lima pulu");
        var askBack = await app.Twilio.SmsAsync(Bendahara, "50");
        var next = await app.Twilio.SmsAsync(Bendahara, "ya");

        Assert.Contains("tidak terbaca", bad.Replies[0]);
        Assert.Contains("Setoran Sri Wahyuni (1/4)?", string.Join(" ", bad.Replies));
        Assert.Equal("Maksud Ibu Rp50.000 untuk Sri Wahyuni? Balas YA, atau ketik jumlah yang benar.", askBack.Reply);
        Assert.StartsWith("Setoran Slamet Riyadi (2/4)?", next.Reply);
    }

    [Fact]
    public async Task Another_command_pauses_the_round_and_LANJUT_resumes_it()
    {
        using var seeds = SeedFolder.Mawar();
        await using var app = new BotApplication(seeds.Path);

        await app.Twilio.SmsAsync(Bendahara, "SETOR");
        await app.Twilio.SmsAsync(Bendahara, "10rb");
        var paused = await app.Twilio.SmsAsync(Bendahara, "saldo");
        var resumed = await app.Twilio.SmsAsync(Bendahara, "lanjut");

        Assert.StartsWith("Setoran satu per satu BELUM disimpan (1 dari 4 anggota dijawab). Balas LANJUT untuk meneruskan.", paused.Replies[0]);
        Assert.Contains(paused.Replies, r => r.Contains("tabungan"));
        Assert.StartsWith("Setoran Slamet Riyadi (2/4)?", resumed.Reply);
    }

    [Fact]
    public async Task Each_answer_keeps_the_round_alive_past_the_expiry_window()
    {
        using var seeds = SeedFolder.Mawar();
        await using var app = new BotApplication(seeds.Path);

        await app.Twilio.SmsAsync(Bendahara, "SETOR");
        foreach (var amount in new[] { "10rb", "10rb", "10rb" })
        {
            app.Clock.Advance(TimeSpan.FromMinutes(20));
            await app.Twilio.SmsAsync(Bendahara, amount);
        }
        app.Clock.Advance(TimeSpan.FromMinutes(20));
        var summary = await app.Twilio.SmsAsync(Bendahara, "10rb");

        Assert.StartsWith("Setoran KPB Mawar: 4 anggota setor, total Rp40.000.", summary.Reply);
    }

    [Fact]
    public async Task BATAL_ends_the_round_without_recording()
    {
        using var seeds = SeedFolder.Mawar();
        await using var app = new BotApplication(seeds.Path);

        await app.Twilio.SmsAsync(Bendahara, "SETOR");
        await app.Twilio.SmsAsync(Bendahara, "10rb");
        var cancelled = await app.Twilio.SmsAsync(Bendahara, "batal");
        var resume = await app.Twilio.SmsAsync(Bendahara, "lanjut");

        Assert.Equal("Baik Ibu Endang, setoran satu per satu dibatalkan. Tidak ada yang disimpan.", cancelled.Reply);
        Assert.Contains("tidak ada setoran yang sedang ditanyakan", resume.Reply);
        Assert.Equal(0, await app.EntryCountAsync());
    }
}
