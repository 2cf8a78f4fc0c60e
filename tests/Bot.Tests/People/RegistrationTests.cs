using Pkkpm.Bot.Tests.Infrastructure;
using Pkkpm.Conversations.Sms;

namespace Pkkpm.Bot.Tests.People;

/// <summary>DAFTAR ANGGOTA: the pendamping registers a member; she gets one welcome SMS.</summary>
public class RegistrationTests
{
    private const string Rina = "+6281211110009", Endang = "+6281211110003", Sri = "+6281211110001", New = "+6281299990001";

    [Fact]
    public async Task A_pendamping_registers_a_member_on_YA_and_she_is_welcomed()
    {
        using var seeds = SeedFolder.Mawar();
        await using var app = new BotApplication(seeds.Path);

        var summary = await app.Twilio.SmsAsync(Rina, "DAFTAR ANGGOTA MAWAR 0812-9999-0001 Sri Lestari");
        Assert.Empty(await app.OutboxAsync(New));
        var saved = await app.Twilio.SmsAsync(Rina, "ya");
        var list = await app.Twilio.SmsAsync(Rina, "daftar anggota MAWAR");
        var saldo = await app.Twilio.SmsAsync(New, "saldo");

        Assert.Equal("Daftarkan Ibu Sri Lestari (0812-9999-0001) sebagai anggota KPB Mawar? Balas YA untuk daftarkan, BATAL untuk batal.", summary.Reply);
        Assert.StartsWith("Tercatat: Ibu Sri Lestari anggota baru KPB Mawar.", saved.Reply);
        Assert.Contains("5 Sri Lestari", list.Reply);
        Assert.Contains("Rp0", saldo.Reply);
        var welcome = Assert.Single(await app.OutboxAsync(New));
        Assert.Equal("Ibu Sri, ini SMS KPB Mawar, pendamping Bu Rina. Ketik SALDO: cek tabungan. Miskol nomor ini untuk cek saldo gratis. Bukti: Setoran Rp20.000, kode K7QA", welcome.Body);
        Assert.True(SmsLength.FitsOneSegment(welcome.Body), welcome.Body);
        var change = await app.LastChangeAsync();
        Assert.Equal(("daftar", "sms", Rina), (change.Kind, change.Source, change.RecordedBy));
        Assert.NotNull(change.Sid);
    }

    [Fact]
    public async Task Bapak_before_the_name_sets_the_salutation_and_BATAL_records_nothing()
    {
        using var seeds = SeedFolder.Mawar();
        await using var app = new BotApplication(seeds.Path);
        var before = await app.SnapshotAsync();

        var summary = await app.Twilio.SmsAsync(Rina, "daftar anggota melati +62 812 9999 0001 pak joko susilo");
        var cancelled = await app.Twilio.SmsAsync(Rina, "batal");

        Assert.StartsWith("Daftarkan Bapak Joko Susilo (0812-9999-0001) sebagai anggota KPB Melati?", summary.Reply);
        Assert.StartsWith("Baik Ibu Rina, pendaftaran anggota dibatalkan.", cancelled.Reply);
        Assert.Equal(before, await app.SnapshotAsync());
        Assert.Empty(await app.OutboxAsync(New));
    }

    [Theory]
    [InlineData(Endang, "DAFTAR ANGGOTA MAWAR 0812-9999-0001 Sri Lestari", "Maaf Ibu Endang, anggota didaftarkan")]
    [InlineData(Sri, "DAFTAR ANGGOTA MAWAR 0812-9999-0001 Sri Lestari", "Maaf Ibu Sri, anggota didaftarkan")]
    [InlineData(Rina, "DAFTAR ANGGOTA DAHLIA 0812-9999-0001 Sri Lestari", "Maaf Ibu Rina, kelompok DAHLIA tidak ditemukan.")]
    [InlineData(Rina, "DAFTAR ANGGOTA MAWAR 0812-99 Sri Lestari", "Maaf Ibu Rina, 0812-99 bukan nomor HP yang benar.")]
    [InlineData(Rina, "DAFTAR ANGGOTA MAWAR 0212-9999-0001 Sri Lestari", "Maaf Ibu Rina, 0212-9999-0001 bukan nomor HP yang benar.")]
    [InlineData(Rina, "DAFTAR ANGGOTA MAWAR 0812-1111-0010 Tri", "Maaf Ibu Rina, nomor 0812-1111-0010 sudah terdaftar di layanan PKKPM.")]
    [InlineData(Rina, "DAFTAR ANGGOTA MAWAR 0812-9999-0001", "Maaf Ibu Rina, nama anggota belum ditulis.")]
    [InlineData(Rina, "DAFTAR ANGGOTA MAWAR 0812-9999-0001 Bu", "Maaf Ibu Rina, nama anggota belum ditulis.")]
    [InlineData(Rina, "DAFTAR ANGGOTA MAWAR 0812-9999-0001 Sri \u2605 Lestari", "Maaf Ibu Rina, nama hanya boleh huruf")]
    public async Task Refusals_say_why_and_change_nothing(string from, string text, string expected)
    {
        using var seeds = SeedFolder.Mawar();
        await using var app = new BotApplication(seeds.Path);
        var before = await app.SnapshotAsync();

        var answer = await app.Twilio.SmsAsync(from, text);
        var yes = await app.Twilio.SmsAsync(from, "ya");

        Assert.StartsWith(expected, answer.Reply);
        Assert.True(SmsLength.FitsOneSegment(answer.Reply), answer.Reply);
        Assert.DoesNotContain("Tercatat", yes.Reply);
        Assert.Equal(before, await app.SnapshotAsync());
        Assert.Empty(await app.OutboxAsync(New));
    }

    [Fact]
    public async Task A_group_she_does_not_accompany_is_refused()
    {
        using var seeds = SeedFolder.Mawar().With("groups.csv",
            "code,name,village,meeting_day,meeting_time,meeting_place",
            "MAWAR,KPB Mawar,Sumberejo,Senin,15:00,Rumah Bu Sri",
            "MELATI,KPB Melati,Sumberejo,Selasa,14:00,Balai Desa",
            "DAHLIA,KPB Dahlia,Sumberejo,Rabu,14:00,Balai Desa");
        await using var app = new BotApplication(seeds.Path);
        var before = await app.SnapshotAsync();

        var answer = await app.Twilio.SmsAsync(Rina, "DAFTAR ANGGOTA DAHLIA 0812-9999-0001 Sri Lestari");

        Assert.Equal("Maaf Ibu Rina, KPB Dahlia bukan kelompok dampingan Ibu. Tidak ada yang diubah.", answer.Reply);
        Assert.Equal(before, await app.SnapshotAsync());
    }

    [Fact]
    public async Task Curly_quotes_in_a_name_are_straightened()
    {
        using var seeds = SeedFolder.Mawar();
        await using var app = new BotApplication(seeds.Path);

        var summary = await app.Twilio.SmsAsync(Rina, "DAFTAR ANGGOTA MAWAR 081299990001 Bu Siti \u2018Ndari\u2019");

        Assert.StartsWith("Daftarkan Ibu Siti 'Ndari' (0812-9999-0001)", summary.Reply);
    }
}
