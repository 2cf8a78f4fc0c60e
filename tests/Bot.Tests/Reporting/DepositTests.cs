using Pkkpm.Bot.Tests.Infrastructure;

namespace Pkkpm.Bot.Tests.Reporting;

/// <summary>The treasurer records deposits by chat: understood, confirmed with YA, receipted.</summary>
public class DepositTests
{
    private const string Bendahara = "+6281211110003", Sri = "+6281211110001", Slamet = "+6281211110002";

    [Fact]
    public async Task Several_deposits_in_one_message_are_recorded_after_YA_with_a_receipt_each()
    {
        using var seeds = SeedFolder.Mawar();
        await using var app = new BotApplication(seeds.Path);

        var summary = await app.Twilio.SmsAsync(Bendahara, "SETOR Sri W 50rb, 2 Rp 25.000");
        Assert.Equal(0, await app.EntryCountAsync());
        var saved = await app.Twilio.SmsAsync(Bendahara, "ya");

        Assert.Equal("Setoran 2 anggota: 1.Sri Rp50.000, 2.Slamet Rp25.000. Total Rp75.000. Balas YA untuk simpan, BATAL untuk batal.", summary.Reply);
        Assert.StartsWith("Tersimpan 2 setoran, total Rp75.000.", saved.Reply);
        var sriReceipt = Assert.Single(await app.OutboxAsync(Sri));
        Assert.Matches(@"^Setoran Rp50\.000 dicatat Bu Endang \(bendahara\), kode [A-Z0-9]{4}\. Tabungan Ibu kini Rp400\.000\. Salah\? Balas SALAH [A-Z0-9]{4}$", sriReceipt.Body);
        Assert.Contains("Tabungan Bapak kini Rp35.000", Assert.Single(await app.OutboxAsync(Slamet)).Body);
        Assert.StartsWith("Ibu Sri (KPB Mawar): tabungan Rp400.000.", (await app.Twilio.SmsAsync(Sri, "saldo")).Reply);
    }

    [Fact]
    public async Task BATAL_records_nothing()
    {
        using var seeds = SeedFolder.Mawar();
        await using var app = new BotApplication(seeds.Path);

        await app.Twilio.SmsAsync(Bendahara, "setor sri w 50rb");
        var cancelled = await app.Twilio.SmsAsync(Bendahara, "BATAL");
        var yesAfter = await app.Twilio.SmsAsync(Bendahara, "ya");

        Assert.Equal("Baik Ibu Endang, setoran dibatalkan. Tidak ada yang disimpan.", cancelled.Reply);
        Assert.Contains("tidak ada yang sedang menunggu jawaban", yesAfter.Reply);
        Assert.Equal(0, await app.EntryCountAsync());
        Assert.Empty(await app.OutboxAsync());
    }

    [Fact]
    public async Task An_ambiguous_name_is_asked_about_by_list_number()
    {
        using var seeds = SeedFolder.Mawar();
        await using var app = new BotApplication(seeds.Path);

        var which = await app.Twilio.SmsAsync(Bendahara, "SETOR Sri 50rb");
        var summary = await app.Twilio.SmsAsync(Bendahara, "4");
        await app.Twilio.SmsAsync(Bendahara, "YA");

        Assert.Equal("Ada 2 anggota bernama Sri: 1 Sri Wahyuni, 4 Sri Rejeki. Balas nomornya.", which.Reply);
        Assert.Equal("Setoran Sri Rejeki Rp50.000. Balas YA untuk simpan, BATAL untuk batal.", summary.Reply);
        Assert.Single(await app.OutboxAsync("+6281211110004"));
        Assert.Empty(await app.OutboxAsync(Sri));
    }

    [Fact]
    public async Task A_bare_small_number_is_asked_back_never_guessed()
    {
        using var seeds = SeedFolder.Mawar();
        await using var app = new BotApplication(seeds.Path);

        var askBack = await app.Twilio.SmsAsync(Bendahara, "setor slamet 50");
        var summary = await app.Twilio.SmsAsync(Bendahara, "ya");
        var saved = await app.Twilio.SmsAsync(Bendahara, "ya");

        Assert.Equal("Maksud Ibu Rp50.000 untuk Slamet Riyadi? Balas YA, atau ketik jumlah yang benar.", askBack.Reply);
        Assert.Equal("Setoran Slamet Riyadi Rp50.000. Balas YA untuk simpan, BATAL untuk batal.", summary.Reply);
        Assert.StartsWith("Tersimpan: setoran Slamet Riyadi Rp50.000 (kode ", saved.Reply);
    }

    [Fact]
    public async Task A_member_not_in_the_group_or_a_bad_amount_stops_the_whole_message()
    {
        using var seeds = SeedFolder.Mawar();
        await using var app = new BotApplication(seeds.Path);

        var stranger = await app.Twilio.SmsAsync(Bendahara, "SETOR Sri W 50rb, Tri Lestari 25rb");
        var tooMuch = await app.Twilio.SmsAsync(Bendahara, "SETOR Sri W 50jt");
        var noAmount = await app.Twilio.SmsAsync(Bendahara, "SETOR Sri W");

        Assert.Equal("Anggota 'Tri Lestari' tidak ada di KPB Mawar. Ketik DAFTAR untuk nama dan nomor anggota. Tidak ada yang disimpan.", stranger.Reply);
        Assert.Equal("Jumlah Rp50.000.000 melebihi batas Rp10.000.000 per catatan. Mohon periksa lagi.", tooMuch.Reply);
        Assert.StartsWith("Jumlah untuk 'Sri W' belum ada.", noAmount.Reply);
        Assert.Equal(0, await app.EntryCountAsync());
    }

    [Fact]
    public async Task A_member_of_another_group_named_by_phone_is_not_found_and_nothing_leaks()
    {
        using var seeds = SeedFolder.Mawar();
        await using var app = new BotApplication(seeds.Path);

        var answer = await app.Twilio.SmsAsync(Bendahara, "SETOR 0812-1111-0010 50rb");

        Assert.StartsWith("Anggota '+6281211110010' tidak ada di KPB Mawar.", answer.Reply);
        Assert.DoesNotContain("Tri", answer.Reply);
    }

    [Fact]
    public async Task Only_the_treasurer_records_deposits()
    {
        using var seeds = SeedFolder.Mawar();
        await using var app = new BotApplication(seeds.Path);

        var member = await app.Twilio.SmsAsync(Sri, "SETOR Slamet 50rb");
        var pendamping = await app.Twilio.SmsAsync("+6281211110009", "setor 1 50rb");

        Assert.Equal("Ibu Sri, setoran dicatat oleh bendahara kelompok. Ketik SALDO untuk melihat tabungan Ibu.", member.Reply);
        Assert.StartsWith("Maaf Ibu Rina, SETOR hanya untuk bendahara kelompok.", pendamping.Reply);
        Assert.Equal(0, await app.EntryCountAsync());
    }

    [Fact]
    public async Task Another_command_interrupts_a_draft_after_saying_so()
    {
        using var seeds = SeedFolder.Mawar();
        await using var app = new BotApplication(seeds.Path);

        await app.Twilio.SmsAsync(Bendahara, "SETOR Sri W 50rb");
        var interrupted = await app.Twilio.SmsAsync(Bendahara, "saldo");
        var yes = await app.Twilio.SmsAsync(Bendahara, "ya");

        Assert.StartsWith("Setoran sebelumnya TIDAK disimpan. Ibu Endang (KPB Mawar): tabungan", interrupted.Reply);
        Assert.Contains("tidak ada yang sedang menunggu jawaban", yes.Reply);
        Assert.Equal(0, await app.EntryCountAsync());
    }

    [Fact]
    public async Task An_unanswered_draft_expires_and_the_next_message_says_so()
    {
        using var seeds = SeedFolder.Mawar();
        await using var app = new BotApplication(seeds.Path);

        await app.Twilio.SmsAsync(Bendahara, "SETOR Sri W 50rb");
        app.Clock.Advance(TimeSpan.FromMinutes(31));
        var late = await app.Twilio.SmsAsync(Bendahara, "ya");

        Assert.StartsWith("Ibu Endang, laporan yang belum selesai sudah dibatalkan karena tidak dijawab 30 menit.", late.Reply);
        Assert.Equal(0, await app.EntryCountAsync());
    }

    [Fact]
    public async Task The_expiry_window_is_configurable()
    {
        using var seeds = SeedFolder.Mawar();
        await using var app = new BotApplication(seeds.Path, new() { ["Conversations:PendingLifetime"] = "00:05:00" });

        await app.Twilio.SmsAsync(Bendahara, "SETOR Sri W 50rb");
        app.Clock.Advance(TimeSpan.FromMinutes(6));
        var late = await app.Twilio.SmsAsync(Bendahara, "ya");

        Assert.Contains("tidak dijawab 5 menit", late.Reply);
    }
}
