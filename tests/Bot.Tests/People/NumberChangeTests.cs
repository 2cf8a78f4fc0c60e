using Pkkpm.Bot.Tests.Infrastructure;
using Pkkpm.Conversations.Sms;

namespace Pkkpm.Bot.Tests.People;

/// <summary>GANTI NOMOR: a member moves to a new number with her savings, history and conversation.</summary>
public class NumberChangeTests
{
    private const string Rina = "+6281211110009", Sri = "+6281211110001", New = "+6281299990001", Endang = "+6281211110003";

    [Fact]
    public async Task The_new_number_shows_her_savings_and_the_old_one_is_unknown()
    {
        using var seeds = SeedFolder.Mawar();
        await using var app = new BotApplication(seeds.Path);

        var summary = await app.Twilio.SmsAsync(Rina, "GANTI NOMOR 0812-1111-0001 0812-9999-0001");
        var saved = await app.Twilio.SmsAsync(Rina, "YA");
        var after = await app.Twilio.SmsAsync(New, "saldo");
        var old = await app.Twilio.SmsAsync(Sri, "saldo");

        Assert.Equal("Ganti nomor Bu Sri (KPB Mawar) dari 0812-1111-0001 ke 0812-9999-0001? Tabungan, riwayat dan pesannya ikut pindah. Balas YA untuk ganti, BATAL untuk batal.", summary.Reply);
        Assert.Equal("Nomor Bu Sri kini 0812-9999-0001. Nomor lama dan baru sudah diberi tahu.", saved.Reply);
        Assert.Contains("Rp350.000", after.Reply); // her savings, seeded under the old number
        Assert.StartsWith("Maaf, nomor ini belum terdaftar", old.Reply);
        var toNew = Assert.Single(await app.OutboxAsync(New));
        var toOld = Assert.Single(await app.OutboxAsync(Sri));
        Assert.StartsWith("Ibu Sri, nomor ini kini terdaftar untuk Ibu di SMS KPB Mawar", toNew.Body);
        Assert.StartsWith("SMS KPB Mawar untuk Ibu Sri pindah ke nomor yang berakhiran 001", toOld.Body);
        Assert.All(new[] { summary.Reply, saved.Reply, toNew.Body, toOld.Body }, t => Assert.True(SmsLength.FitsOneSegment(t), t));
    }

    [Fact]
    public async Task Her_waiting_summary_and_opt_out_move_with_her()
    {
        using var seeds = SeedFolder.Mawar();
        await using var app = new BotApplication(seeds.Path);
        await app.Twilio.SmsAsync(Endang, "berhenti");
        await app.Twilio.SmsAsync(Endang, "SETOR Slamet 20rb");

        await app.Twilio.SmsAsync(Rina, "GANTI NOMOR 081211110003 081299990001");
        await app.Twilio.SmsAsync(Rina, "ya");
        var yes = await app.Twilio.SmsAsync(New, "ya");

        Assert.Contains("Rp20.000", yes.Reply);
        Assert.Equal(1, await app.EntryCountAsync());
        await using var connection = app.OpenDatabase();
        Assert.NotNull(await Dapper.SqlMapper.ExecuteScalarAsync<string?>(connection, "select opted_out_at from people where phone = @New", new { New }));
    }

    [Theory]
    [InlineData(Rina, "GANTI NOMOR 0812-1111-0001 0812-1111-0002", "Maaf Ibu Rina, nomor 0812-1111-0002 sudah dipakai di layanan PKKPM.")]
    [InlineData(Rina, "GANTI NOMOR 0812-1111-0001 0812-1111-0001", "Maaf Ibu Rina, nomor lama dan nomor baru sama.")]
    [InlineData(Rina, "GANTI NOMOR 0812-7777-0001 0812-9999-0001", "Maaf Ibu Rina, nomor 0812-7777-0001 bukan nomor anggota kelompok dampingan Ibu.")]
    [InlineData(Rina, "GANTI NOMOR 0812-1111-0009 0812-9999-0001", "Maaf Ibu Rina, nomor 0812-1111-0009 bukan nomor anggota kelompok dampingan Ibu.")]
    [InlineData(Rina, "ganti nomor 0812-1111-0001", "Tulis: GANTI NOMOR lama baru")]
    [InlineData(Sri, "GANTI NOMOR 0812-1111-0001 0812-9999-0001", "Maaf Ibu Sri, anggota didaftarkan, diganti nomornya")]
    public async Task Refusals_say_why_and_change_nothing(string from, string text, string expected)
    {
        using var seeds = SeedFolder.Mawar();
        await using var app = new BotApplication(seeds.Path);
        var before = await app.SnapshotAsync();

        var answer = await app.Twilio.SmsAsync(from, text);
        await app.Twilio.SmsAsync(from, "ya");

        Assert.StartsWith(expected, answer.Reply);
        Assert.Equal(before, await app.SnapshotAsync());
        Assert.Empty(await app.OutboxAsync(New));
    }

    [Fact]
    public async Task BATAL_keeps_the_old_number()
    {
        using var seeds = SeedFolder.Mawar();
        await using var app = new BotApplication(seeds.Path);
        var before = await app.SnapshotAsync();

        await app.Twilio.SmsAsync(Rina, "ganti no hp 0812-1111-0001 ke 0812-9999-0001");
        var cancelled = await app.Twilio.SmsAsync(Rina, "batal");

        Assert.StartsWith("Baik Ibu Rina, ganti nomor dibatalkan.", cancelled.Reply);
        Assert.Equal(before, await app.SnapshotAsync());
    }
}
