using Pkkpm.Bot.Tests.Infrastructure;
using Pkkpm.Conversations.Sms;

namespace Pkkpm.Bot.Tests.Outreach;

/// <summary>TIPS: one practical tip at a time, never the same twice in a row; a weekly one by subscription.</summary>
public class TipsTests
{
    private const string Sri = "+6281211110001", Slamet = "+6281211110002";

    [Fact]
    public async Task Tips_rotate_and_never_repeat_the_last_one()
    {
        using var seeds = SeedFolder.Mawar();
        await using var app = new BotApplication(seeds.Path);

        var tips = new List<string>();
        for (var i = 0; i < 5; i++) tips.Add((await app.Twilio.SmsAsync(Sri, "tips")).Reply);

        Assert.All(tips, t => Assert.EndsWith(" Balas TIPS untuk tips lain.", t));
        Assert.All(tips.Zip(tips.Skip(1)), pair => Assert.NotEqual(pair.First, pair.Second));
        Assert.Equal(4, tips.Take(4).Distinct().Count());
    }

    [Fact]
    public async Task A_category_gives_tips_of_that_topic_only()
    {
        using var seeds = SeedFolder.Mawar();
        await using var app = new BotApplication(seeds.Path);

        var first = await app.Twilio.SmsAsync(Sri, "TIPS keuangan");
        var second = await app.Twilio.SmsAsync(Sri, "tips uang");
        var unknown = await app.Twilio.SmsAsync(Sri, "tips masakan padang");

        Assert.StartsWith("Pisahkan uang usaha", first.Reply);
        Assert.StartsWith("Catat uang masuk", second.Reply);
        Assert.StartsWith("Kategori tips: keuangan, pemasaran, produksi, perizinan, kelompok, kerja, tani, waspada.", unknown.Reply);
        Assert.True(SmsLength.FitsOneSegment(unknown.Reply));
    }

    [Theory]
    [InlineData("TIPS usaha")] // as the member menu printed it before issue 14
    [InlineData("tips bisnis")]
    [InlineData("Tips dagang")]
    [InlineData("tips wirausaha")]
    [InlineData("tips lain")] // after "Balas TIPS untuk tips lain."
    [InlineData("minta tips usaha katering bu")]
    public async Task Asking_for_business_tips_in_general_gives_a_tip(string message)
    {
        using var seeds = SeedFolder.Mawar(); // the first tip in turn is K01
        await using var app = new BotApplication(seeds.Path);

        var answer = await app.Twilio.SmsAsync(Sri, message);

        Assert.Equal("Pisahkan uang usaha dan uang dapur. Balas TIPS untuk tips lain.", answer.Reply);
    }

    [Fact]
    public async Task Words_people_use_for_a_topic_give_a_tip_of_that_topic_from_the_real_catalogue()
    {
        var catalogue = TipCatalogue();
        using var seeds = SeedFolder.Mawar().With("tips.csv", File.ReadAllLines(Path.Combine(BotApplication.RepoFolder("seeds"), "tips.csv")));
        await using var app = new BotApplication(seeds.Path);
        string[] asked = ["tips ternak", "TIPS kambing", "tips sawah", "Tips pupuk", "tips bon warung", "tips uang muka pesanan",
            "tips biaya sekolah", "tips rentenir", "tips bank plecit", "tips penipuan", "tips apk"];
        string[] expected = ["tani", "tani", "tani", "tani", "keuangan", "keuangan", "keuangan", "waspada", "waspada", "waspada", "waspada"];

        var categories = new List<string>();
        foreach (var message in asked)
        {
            var reply = (await app.Twilio.SmsAsync(Sri, message)).Reply;
            Assert.EndsWith(" Balas TIPS untuk tips lain.", reply);
            categories.Add(catalogue.GetValueOrDefault(reply[..^" Balas TIPS untuk tips lain.".Length], "(not a tip)"));
        }

        Assert.Equal(expected, categories);
    }

    [Fact]
    public async Task Subscribers_get_a_tip_every_week_until_they_stop()
    {
        using var seeds = SeedFolder.Mawar();
        await using var app = new BotApplication(seeds.Path);

        var subscribed = await app.Twilio.SmsAsync(Sri, "TIPS LANGGANAN");
        await app.Twilio.SmsAsync(Slamet, "tips langganan");
        await app.Twilio.SmsAsync(Slamet, "tips berhenti");
        app.Clock.Advance(TimeSpan.FromDays(3)); // Monday 10:00 WIB, past the 07:00 weekly slot
        var weekly = await Eventually.UntilAsync(app, async () => (await app.OutboxAsync()).Where(r => r.Kind == "tip").ToList(), r => r.Count > 0);

        Assert.Equal("Ibu Sri berlangganan tips usaha mingguan. Berhenti: balas TIPS BERHENTI.", subscribed.Reply);
        var tip = Assert.Single(weekly);
        Assert.Equal(Sri, tip.ToPhone);
        Assert.EndsWith(" Berhenti: balas TIPS BERHENTI", tip.Body);
        Assert.True(SmsLength.FitsOneSegment(tip.Body));
    }

    [Fact]
    public async Task Each_subscriber_gets_the_tip_after_the_last_one_they_got()
    {
        using var seeds = SeedFolder.Mawar(); // tips in turn: K01, P01, R01, K02
        await using var app = new BotApplication(seeds.Path, new() { ["Outbound:Enabled"] = "false" });
        var asked = await app.Twilio.SmsAsync(Sri, "tips");
        await app.Twilio.SmsAsync(Sri, "tips langganan");
        await app.Twilio.SmsAsync(Slamet, "tips langganan");

        app.Clock.Advance(TimeSpan.FromDays(3)); // Monday 10:00 WIB, past the 07:00 weekly slot
        var weekly = await Eventually.UntilAsync(app, async () => (await app.OutboxAsync()).Where(r => r.Kind == "tip").ToList(), r => r.Count >= 2);

        Assert.StartsWith("Pisahkan uang usaha dan uang dapur.", asked.Reply);
        Assert.StartsWith("Foto produk di tempat terang.", Assert.Single(weekly, r => r.ToPhone == Sri).Body);
        Assert.StartsWith("Pisahkan uang usaha dan uang dapur.", Assert.Single(weekly, r => r.ToPhone == Slamet).Body);
    }

    [Fact]
    [Trait("Category", "NoDatabase")] // the same on either database: ./test.sh runs it once
    public async Task Every_demo_tip_fits_one_sms_with_either_footer()
    {
        var texts = TipCatalogue().Keys.ToList();

        Assert.True(texts.Count >= 40);
        Assert.All(texts, t => Assert.True(SmsLength.IsGsm7(t) && SmsLength.FitsOneSegment(t + " Balas TIPS untuk tips lain.") && SmsLength.FitsOneSegment(t + " Berhenti: balas TIPS BERHENTI"), t));
    }

    [Fact]
    [Trait("Category", "NoDatabase")]
    public void Every_category_people_can_ask_for_has_at_least_four_tips()
    {
        var perCategory = TipCatalogue().Values.CountBy(c => c).ToDictionary();

        Assert.All(Pkkpm.Conversations.Tips.Tip.Categories, c => Assert.True(perCategory.GetValueOrDefault(c) >= 4, c));
    }

    /// <summary>seeds/tips.csv as text to category.</summary>
    private static Dictionary<string, string> TipCatalogue()
    {
        using var reader = new StreamReader(Path.Combine(BotApplication.RepoFolder("seeds"), "tips.csv"));
        using var csv = new CsvHelper.CsvReader(reader, System.Globalization.CultureInfo.InvariantCulture);
        return csv.GetRecords<dynamic>().Cast<IDictionary<string, object>>().ToDictionary(r => (string)r["text"], r => (string)r["category"]);
    }
}
