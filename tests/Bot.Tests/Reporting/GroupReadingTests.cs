using Pkkpm.Bot.Tests.Infrastructure;

namespace Pkkpm.Bot.Tests.Reporting;

/// <summary>DAFTAR, REKAP and RIWAYAT: reading the books, each person only what is theirs to read.</summary>
public class GroupReadingTests
{
    private const string Bendahara = "+6281211110003", Sri = "+6281211110001", Pendamping = "+6281211110009";

    [Fact]
    public async Task DAFTAR_gives_the_list_numbers()
    {
        using var seeds = SeedFolder.Mawar();
        await using var app = new BotApplication(seeds.Path);

        var list = await app.Twilio.SmsAsync(Bendahara, "daftar");

        Assert.Equal("KPB Mawar (4 anggota): 1 Sri Wahyuni 2 Slamet Riyadi 3 Endang Susilowati 4 Sri Rejeki", list.Reply);
    }

    [Fact]
    public async Task A_long_list_comes_in_several_sms_or_one_whatsapp_message()
    {
        await using var app = new BotApplication(); // the demo: 15 members a group
        const string demoBendahara = "+628123400103";

        var sms = await app.Twilio.SmsAsync(demoBendahara, "DAFTAR");
        var whatsapp = await app.Twilio.WhatsAppAsync(demoBendahara, "DAFTAR");

        Assert.True(sms.Replies.Count > 1);
        Assert.All(sms.Replies, r => Assert.True(Pkkpm.Conversations.Sms.SmsLength.FitsOneSegment(r), r));
        Assert.Equal(string.Join(" ", sms.Replies), whatsapp.Reply);
        Assert.Contains("15 Yuli Astuti", whatsapp.Reply);
    }

    [Fact]
    public async Task REKAP_sums_the_group_and_this_week()
    {
        using var seeds = SeedFolder.Mawar();
        await using var app = new BotApplication(seeds.Path);
        await app.Twilio.SmsAsync(Bendahara, "SETOR 1 50rb 2 20rb");
        await app.Twilio.SmsAsync(Bendahara, "ya");

        var rekap = await app.Twilio.SmsAsync(Bendahara, "rekap");

        Assert.Equal("Rekap MAWAR 27/11: tabungan Rp430.000, sisa pinjaman Rp750.000. Minggu ini setoran Rp70.000, angsuran Rp50.000. Menunggak 0 dari 1 peminjam.", rekap.Reply);
    }

    [Fact]
    public async Task A_pendamping_reads_the_groups_they_accompany_by_code()
    {
        using var seeds = SeedFolder.Mawar();
        await using var app = new BotApplication(seeds.Path);

        var which = await app.Twilio.SmsAsync(Pendamping, "rekap");
        var melati = await app.Twilio.SmsAsync(Pendamping, "REKAP melati");

        Assert.Equal("Tulis: REKAP kode kelompok. Kelompok Ibu Rina: MAWAR, MELATI.", which.Reply);
        Assert.StartsWith("Rekap MELATI 27/11: tabungan Rp10.000, sisa pinjaman Rp950.000.", melati.Reply);
        Assert.EndsWith("Menunggak 1 dari 1 peminjam.", melati.Reply);
    }

    [Fact]
    public async Task A_member_does_not_read_the_group_books()
    {
        using var seeds = SeedFolder.Mawar();
        await using var app = new BotApplication(seeds.Path);

        var rekap = await app.Twilio.SmsAsync(Sri, "rekap");

        Assert.StartsWith("Maaf Ibu Sri, ini untuk pengurus kelompok dan pendamping.", rekap.Reply);
    }

    [Fact]
    public async Task RIWAYAT_shows_the_latest_entries_with_codes_in_one_sms()
    {
        using var seeds = SeedFolder.Mawar();
        await using var app = new BotApplication(seeds.Path);
        await app.Twilio.SmsAsync(Bendahara, "SETOR Sri W 50rb");
        var code = Books.CodeIn((await app.Twilio.SmsAsync(Bendahara, "ya")).Reply);

        var history = await app.Twilio.SmsAsync(Sri, "riwayat");

        Assert.StartsWith($"Riwayat Sri: 27/11 setor Rp50.000 {code}; 24/11 angsur Rp50.000 ", history.Reply);
        Assert.True(Pkkpm.Conversations.Sms.SmsLength.FitsOneSegment(history.Reply));
    }
}
