using Pkkpm.Bot.Tests.Infrastructure;

namespace Pkkpm.Bot.Tests.Reporting;

/// <summary>Repayments recorded by the treasurer, reported by members, and withdrawals.</summary>
public class RepaymentTests
{
    private const string Bendahara = "+6281211110003", Sri = "+6281211110001";

    [Fact]
    public async Task A_repayment_lowers_the_outstanding_and_the_receipt_says_by_how_much()
    {
        using var seeds = SeedFolder.Mawar();
        await using var app = new BotApplication(seeds.Path);

        await app.Twilio.SmsAsync(Bendahara, "ANGSURAN 1 50rb");
        await app.Twilio.SmsAsync(Bendahara, "ya");

        Assert.Contains("Angsuran Rp50.000 dicatat Bu Endang (bendahara)", Assert.Single(await app.OutboxAsync(Sri)).Body);
        Assert.Contains("Sisa pinjaman Ibu kini Rp700.000", Assert.Single(await app.OutboxAsync(Sri)).Body);
        Assert.Contains("Sisa pinjaman Rp700.000, angsuran berikut Rp50.000 tgl 08/12", (await app.Twilio.SmsAsync(Sri, "saldo")).Reply);
    }

    [Fact]
    public async Task No_repayment_without_a_loan_or_above_the_outstanding()
    {
        using var seeds = SeedFolder.Mawar();
        await using var app = new BotApplication(seeds.Path);

        var noLoan = await app.Twilio.SmsAsync(Bendahara, "ANGSURAN Slamet 50rb");
        var tooMuch = await app.Twilio.SmsAsync(Bendahara, "ANGSURAN Sri W 800rb");

        Assert.Equal("Slamet Riyadi tidak punya pinjaman yang belum lunas. Tidak ada yang disimpan.", noLoan.Reply);
        Assert.Equal("Angsuran Rp800.000 melebihi sisa pinjaman Sri Wahyuni Rp750.000. Mohon periksa lagi.", tooMuch.Reply);
        Assert.Equal(0, await app.EntryCountAsync());
    }

    [Fact]
    public async Task A_withdrawal_above_the_savings_is_refused()
    {
        using var seeds = SeedFolder.Mawar();
        await using var app = new BotApplication(seeds.Path);

        var refused = await app.Twilio.SmsAsync(Bendahara, "TARIK Sri W 400rb");
        await app.Twilio.SmsAsync(Bendahara, "TARIK Sri W 100rb");
        await app.Twilio.SmsAsync(Bendahara, "ya");

        Assert.Equal("Penarikan Sri Wahyuni Rp400.000 melebihi tabungannya Rp350.000. Tidak ada yang disimpan.", refused.Reply);
        Assert.Contains("Tabungan Ibu kini Rp250.000", Assert.Single(await app.OutboxAsync(Sri)).Body);
    }

    [Fact]
    public async Task A_reported_repayment_changes_nothing_until_the_treasurer_accepts_it()
    {
        using var seeds = SeedFolder.Mawar();
        await using var app = new BotApplication(seeds.Path);

        var question = await app.Twilio.SmsAsync(Sri, "bayar 50rb");
        var sent = await app.Twilio.SmsAsync(Sri, "ya");
        var notice = Assert.Single(await app.OutboxAsync(Bendahara));
        var code = Books.CodeIn(notice.Body);
        var before = await app.Twilio.SmsAsync(Sri, "saldo");
        var accepted = await app.Twilio.SmsAsync(Bendahara, $"TERIMA {code.ToLowerInvariant()}");
        var twice = await app.Twilio.SmsAsync(Bendahara, $"TERIMA {code}");

        Assert.Equal("Lapor angsuran Rp50.000 yang sudah Ibu bayar tunai ke bendahara? Balas YA untuk kirim, BATAL untuk batal.", question.Reply);
        Assert.StartsWith($"Laporan terkirim ke bendahara (kode {code}).", sent.Reply);
        Assert.Equal($"Sri Wahyuni lapor bayar angsuran Rp50.000 (kode {code}). Balas TERIMA {code} bila uang sudah diterima, TOLAK {code} bila belum.", notice.Body);
        Assert.Contains("Sisa pinjaman Rp750.000", before.Reply);
        Assert.StartsWith("Diterima: angsuran Sri Wahyuni Rp50.000 tercatat", accepted.Reply);
        Assert.Contains("Sisa pinjaman Ibu kini Rp700.000", Assert.Single(await app.OutboxAsync(Sri)).Body);
        Assert.Equal($"Laporan {code} sudah diterima sebelumnya.", twice.Reply);
        Assert.Equal(1, await app.EntryCountAsync());
    }

    [Fact]
    public async Task A_rejected_report_is_told_to_the_member_and_records_nothing()
    {
        using var seeds = SeedFolder.Mawar();
        await using var app = new BotApplication(seeds.Path);

        await app.Twilio.SmsAsync(Sri, "BAYAR 50.000");
        await app.Twilio.SmsAsync(Sri, "ya");
        var code = Books.CodeIn(Assert.Single(await app.OutboxAsync(Bendahara)).Body);
        var rejected = await app.Twilio.SmsAsync(Bendahara, $"TOLAK {code} uang belum diterima");

        Assert.Equal($"Laporan {code} (Sri Wahyuni) ditolak; anggota sudah diberi tahu.", rejected.Reply);
        Assert.Equal($"Laporan bayar angsuran Rp50.000 (kode {code}) ditolak Bu Endang (bendahara). Alasan: uang belum diterima. Hubungi bendahara bila ada salah paham.",
            Assert.Single(await app.OutboxAsync(Sri)).Body);
        Assert.Equal(0, await app.EntryCountAsync());
    }

    [Fact]
    public async Task A_treasurer_of_another_group_cannot_decide_a_report()
    {
        using var seeds = SeedFolder.Mawar();
        File.AppendAllLines(Path.Combine(seeds.Path, "people.csv"), ["081211110011,Warsini,bendahara,MELATI,Ibu"]);
        await using var app = new BotApplication(seeds.Path);

        await app.Twilio.SmsAsync(Sri, "bayar 50rb");
        await app.Twilio.SmsAsync(Sri, "ya");
        var code = Books.CodeIn(Assert.Single(await app.OutboxAsync(Bendahara)).Body);
        var other = await app.Twilio.SmsAsync("+6281211110011", $"TERIMA {code}");

        Assert.Equal($"Kode {code} tidak ditemukan di KPB Melati. Periksa lagi kodenya di tanda terima atau RIWAYAT.", other.Reply);
        Assert.Equal(0, await app.EntryCountAsync());
    }
}
