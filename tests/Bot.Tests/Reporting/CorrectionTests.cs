using Pkkpm.Bot.Tests.Infrastructure;

namespace Pkkpm.Bot.Tests.Reporting;

/// <summary>KOREKSI reverses an entry (never edits it); SALAH lets the member dispute one.</summary>
public class CorrectionTests
{
    private const string Bendahara = "+6281211110003", Sri = "+6281211110001", Pendamping = "+6281211110009";

    private static async Task<string> DepositAsync(BotApplication app, string text)
    {
        await app.Twilio.SmsAsync(Bendahara, text);
        return Books.CodeIn((await app.Twilio.SmsAsync(Bendahara, "ya")).Reply);
    }

    [Fact]
    public async Task KOREKSI_adds_a_reversing_entry_after_YA_and_the_member_is_told()
    {
        using var seeds = SeedFolder.Mawar();
        await using var app = new BotApplication(seeds.Path);
        var code = await DepositAsync(app, "SETOR Sri W 50rb");

        var question = await app.Twilio.SmsAsync(Bendahara, $"koreksi {code}");
        var done = await app.Twilio.SmsAsync(Bendahara, "ya");
        var again = await app.Twilio.SmsAsync(Bendahara, $"KOREKSI {code}");
        var reversalCode = Books.CodeIn(done.Reply);
        var ofReversal = await app.Twilio.SmsAsync(Bendahara, $"KOREKSI {reversalCode}");

        Assert.Equal($"Koreksi: batalkan setoran Rp50.000 Sri Wahyuni tgl 27/11 (kode {code})? Balas YA untuk koreksi, BATAL untuk batal.", question.Reply);
        Assert.StartsWith($"Koreksi tersimpan (kode {reversalCode}): setoran {code} Sri Wahyuni dibatalkan.", done.Reply);
        Assert.Equal($"Catatan {code} sudah pernah dikoreksi.", again.Reply);
        Assert.StartsWith($"Kode {reversalCode} adalah catatan koreksi", ofReversal.Reply);
        var receipts = await app.OutboxAsync(Sri);
        Assert.Equal($"Koreksi: setoran Rp50.000 (kode {code}) dibatalkan Bu Endang (bendahara). Tabungan Ibu kini Rp350.000. Salah? Balas SALAH {reversalCode}", receipts[^1].Body);
        Assert.Equal(2, await app.EntryCountAsync());
        Assert.StartsWith("Ibu Sri (KPB Mawar): tabungan Rp350.000.", (await app.Twilio.SmsAsync(Sri, "saldo")).Reply);
    }

    [Fact]
    public async Task A_repayment_can_be_corrected_too()
    {
        using var seeds = SeedFolder.Mawar();
        await using var app = new BotApplication(seeds.Path);
        var code = await DepositAsync(app, "ANGSURAN Sri W 50rb");

        await app.Twilio.SmsAsync(Bendahara, $"KOREKSI {code}");
        await app.Twilio.SmsAsync(Bendahara, "ya");

        Assert.Contains("Sisa pinjaman Rp750.000", (await app.Twilio.SmsAsync(Sri, "saldo")).Reply);
    }

    [Fact]
    public async Task SALAH_marks_the_entry_and_tells_the_treasurer_and_the_pendamping()
    {
        using var seeds = SeedFolder.Mawar();
        await using var app = new BotApplication(seeds.Path);
        var code = await DepositAsync(app, "SETOR Sri W 50rb");

        var disputed = await app.Twilio.SmsAsync(Sri, $"SALAH {code} saya setor 40rb");

        Assert.Equal($"Terima kasih Ibu Sri. Catatan {code} ditandai untuk diperiksa; bendahara dan pendamping sudah diberi tahu.", disputed.Reply);
        Assert.Equal($"Keberatan Sri Wahyuni (MAWAR): setoran Rp50.000 tgl 27/11 kode {code}. Balas KOREKSI {code} bila salah, TERIMA {code} bila benar.",
            Assert.Single(await app.OutboxAsync(Bendahara)).Body);
        Assert.Contains("Mohon dibantu cek.", Assert.Single(await app.OutboxAsync(Pendamping)).Body);
    }

    [Fact]
    public async Task A_second_SALAH_on_an_entry_already_disputed_texts_nobody_again()
    {
        using var seeds = SeedFolder.Mawar();
        await using var app = new BotApplication(seeds.Path);
        var code = await DepositAsync(app, "SETOR Sri W 50rb");
        await app.Twilio.SmsAsync(Sri, $"SALAH {code} saya setor 40rb");

        var again = await app.Twilio.SmsAsync(Sri, $"salah {code}, kok belum dicek?");

        Assert.Equal($"Ibu Sri, catatan {code} sudah ditandai dan sedang diperiksa bendahara dan pendamping. Mohon ditunggu.", again.Reply);
        Assert.Single(await app.OutboxAsync(Bendahara));
        Assert.Single(await app.OutboxAsync(Pendamping));
    }

    [Fact]
    public async Task The_treasurer_can_confirm_a_disputed_entry_with_TERIMA()
    {
        using var seeds = SeedFolder.Mawar();
        await using var app = new BotApplication(seeds.Path);
        var code = await DepositAsync(app, "SETOR Sri W 50rb");
        await app.Twilio.SmsAsync(Sri, $"SALAH {code}");

        var confirmed = await app.Twilio.SmsAsync(Bendahara, $"TERIMA {code}");
        var again = await app.Twilio.SmsAsync(Bendahara, $"TERIMA {code}");

        Assert.Equal($"Catatan {code} dinyatakan benar; Sri Wahyuni sudah diberi tahu.", confirmed.Reply);
        Assert.Contains("catatan sudah benar", (await app.OutboxAsync(Sri))[^1].Body);
        Assert.StartsWith($"Kode {code} tidak ditemukan", again.Reply);
    }

    [Fact]
    public async Task A_member_cannot_dispute_or_see_someone_elses_entry()
    {
        using var seeds = SeedFolder.Mawar();
        await using var app = new BotApplication(seeds.Path);
        var code = await DepositAsync(app, "SETOR Slamet 50rb");

        var answer = await app.Twilio.SmsAsync(Sri, $"SALAH {code}");

        Assert.StartsWith($"Kode {code} tidak ditemukan", answer.Reply);
        Assert.DoesNotContain("Slamet", answer.Reply);
        Assert.Empty(await app.OutboxAsync(Bendahara));
    }
}
