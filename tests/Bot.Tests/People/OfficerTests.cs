using Pkkpm.Bot.Tests.Infrastructure;
using Pkkpm.Conversations.Sms;

namespace Pkkpm.Bot.Tests.People;

/// <summary>GANTI KETUA / GANTI BENDAHARA: a member takes the office; the previous holder is anggota again.</summary>
public class OfficerTests
{
    private const string Rina = "+6281211110009", Rejeki = "+6281211110004", Endang = "+6281211110003", Slamet = "+6281211110002";

    [Fact]
    public async Task The_new_bendahara_can_SETOR_and_the_old_one_cannot()
    {
        using var seeds = SeedFolder.Mawar();
        await using var app = new BotApplication(seeds.Path);

        var summary = await app.Twilio.SmsAsync(Rina, "GANTI BENDAHARA MAWAR Sri Rejeki");
        var saved = await app.Twilio.SmsAsync(Rina, "ya");
        var oldOne = await app.Twilio.SmsAsync(Endang, "SETOR Slamet 20rb");
        var newOne = await app.Twilio.SmsAsync(Rejeki, "SETOR Slamet 20rb");
        await app.Twilio.SmsAsync(Rejeki, "ya");

        Assert.Equal("Jadikan Bu Sri bendahara KPB Mawar? Bu Endang menjadi anggota biasa. Balas YA untuk simpan, BATAL untuk batal.", summary.Reply);
        Assert.Equal("Bu Sri kini bendahara KPB Mawar. Bu Endang kini anggota. Semua sudah diberi tahu.", saved.Reply);
        Assert.StartsWith("Ibu Endang, setoran dicatat oleh bendahara kelompok.", oldOne.Reply);
        Assert.Contains("Rp20.000", newOne.Reply);
        Assert.Equal(1, await app.EntryCountAsync());
        var toNew = Assert.Single(await app.OutboxAsync(Rejeki));
        var toOld = Assert.Single(await app.OutboxAsync(Endang));
        Assert.StartsWith("Ibu Sri, Ibu kini bendahara KPB Mawar (ditunjuk Bu Rina (pendamping)).", toNew.Body);
        Assert.StartsWith("Ibu Endang, tugas bendahara KPB Mawar kini dipegang Bu Sri.", toOld.Body);
        Assert.All(new[] { toNew.Body, toOld.Body }, t => Assert.True(SmsLength.FitsOneSegment(t), t));
    }

    [Fact]
    public async Task A_first_ketua_is_named_and_BATAL_names_nobody()
    {
        using var seeds = SeedFolder.Mawar();
        await using var app = new BotApplication(seeds.Path);
        var before = await app.SnapshotAsync();

        await app.Twilio.SmsAsync(Rina, "ganti ketua MAWAR Slamet");
        var cancelled = await app.Twilio.SmsAsync(Rina, "batal");
        Assert.Equal(before, await app.SnapshotAsync());
        var summary = await app.Twilio.SmsAsync(Rina, "ganti ketua MAWAR Slamet");
        var saved = await app.Twilio.SmsAsync(Rina, "nggih");

        Assert.StartsWith("Baik Ibu Rina, pergantian pengurus dibatalkan.", cancelled.Reply);
        Assert.Equal("Jadikan Pak Slamet ketua KPB Mawar? Balas YA untuk simpan, BATAL untuk batal.", summary.Reply);
        Assert.Equal("Pak Slamet kini ketua KPB Mawar. Semua sudah diberi tahu.", saved.Reply);
        Assert.Single(await app.OutboxAsync(Slamet));
    }

    [Theory]
    [InlineData(Rina, "GANTI KETUA MAWAR Endang", "Maaf Ibu Rina, Bu Endang adalah bendahara KPB Mawar. Satu orang satu jabatan")]
    [InlineData(Rina, "GANTI BENDAHARA MAWAR Endang", "Bu Endang sudah bendahara KPB Mawar.")]
    [InlineData(Rina, "GANTI BENDAHARA MAWAR Tri", "Maaf Ibu Rina, Tri tidak ada di daftar KPB Mawar.")]
    [InlineData(Endang, "GANTI BENDAHARA MAWAR Sri Rejeki", "Maaf Ibu Endang, anggota didaftarkan")]
    public async Task Refusals_say_why_and_change_nothing(string from, string text, string expected)
    {
        using var seeds = SeedFolder.Mawar();
        await using var app = new BotApplication(seeds.Path);
        var before = await app.SnapshotAsync();

        var answer = await app.Twilio.SmsAsync(from, text);
        await app.Twilio.SmsAsync(from, "ya");

        Assert.StartsWith(expected, answer.Reply);
        Assert.Equal(before, await app.SnapshotAsync());
    }
}
