using Dapper;
using Pkkpm.Bot.Tests.Infrastructure;

namespace Pkkpm.Bot.Tests.Reporting;

/// <summary>
/// YA acts as the person is when they send it, not as they were when the summary was shown. Roles
/// and groups change only in the database (seeds load into an empty one; there is no command for
/// it): an administrator makes another member bendahara, moves a treasurer to another group, or
/// takes a group from a pendamping. Each test makes that change between the summary and YA.
/// </summary>
public class AuthorityAtYesTests
{
    private const string Endang = "+6281211110003", Sri = "+6281211110001", Rina = "+6281211110009";

    private const string Replaced = "update people set role = 'anggota' where phone = @Phone";

    private const string MovedToMelati = """
        update memberships set group_id = (select id from groups where code = 'MELATI'), list_number = 9
         where person_id = (select id from people where phone = @Phone)
        """;

    private static async Task ChangeAsync(BotApplication app, string sql, string phone)
    {
        await using var connection = app.OpenDatabase();
        Assert.Equal(1, await connection.ExecuteAsync(sql, new { Phone = phone }));
    }

    [Theory]
    [InlineData("SETOR Sri W 50rb", Replaced, "setoran")]
    [InlineData("TARIK Sri W 50rb", MovedToMelati, "penarikan")]
    [InlineData("ANGSURAN Sri W 50rb", MovedToMelati, "angsuran")]
    public async Task A_treasurer_replaced_or_moved_before_YA_records_nothing(string command, string change, string noun)
    {
        using var seeds = SeedFolder.Mawar();
        await using var app = new BotApplication(seeds.Path);
        await app.Twilio.SmsAsync(Endang, command);
        await ChangeAsync(app, change, Endang);

        var yes = await app.Twilio.SmsAsync(Endang, "ya");

        Assert.Equal($"Maaf Ibu Endang, {noun} ini TIDAK disimpan: Ibu tidak lagi berwenang untuk kelompok ini. Hubungi pendamping.", yes.Reply);
        Assert.Equal(0, await app.EntryCountAsync());
        Assert.Empty(await app.OutboxAsync(Sri));
    }

    [Fact]
    public async Task A_treasurer_moved_to_another_group_before_YA_corrects_nothing()
    {
        using var seeds = SeedFolder.Mawar();
        await using var app = new BotApplication(seeds.Path);
        await app.Twilio.SmsAsync(Endang, "SETOR Sri W 50rb");
        var code = Books.CodeIn((await app.Twilio.SmsAsync(Endang, "ya")).Reply);
        await app.Twilio.SmsAsync(Endang, $"KOREKSI {code}");
        await ChangeAsync(app, MovedToMelati, Endang);

        var yes = await app.Twilio.SmsAsync(Endang, "ya");

        Assert.Equal("Maaf Ibu Endang, koreksi ini TIDAK disimpan: Ibu tidak lagi berwenang untuk kelompok ini. Hubungi pendamping.", yes.Reply);
        Assert.Equal(1, await app.EntryCountAsync());
        Assert.StartsWith("Ibu Sri (KPB Mawar): tabungan Rp400.000.", (await app.Twilio.SmsAsync(Sri, "saldo")).Reply);
    }

    [Fact]
    public async Task A_member_who_left_the_group_before_YA_reports_no_payment_to_it()
    {
        using var seeds = SeedFolder.Mawar();
        await using var app = new BotApplication(seeds.Path);
        await app.Twilio.SmsAsync(Sri, "bayar 50rb");
        await ChangeAsync(app, MovedToMelati, Sri);

        var yes = await app.Twilio.SmsAsync(Sri, "ya");

        Assert.Equal("Maaf Ibu Sri, laporan bayar angsuran ini TIDAK dikirim: Ibu tidak lagi berwenang untuk kelompok ini. Hubungi pendamping.", yes.Reply);
        Assert.Empty(await app.OutboxAsync(Endang));
    }

    [Fact]
    public async Task A_pendamping_who_no_longer_accompanies_the_group_broadcasts_nothing_to_it()
    {
        using var seeds = SeedFolder.Mawar();
        await using var app = new BotApplication(seeds.Path);
        await app.Twilio.SmsAsync(Rina, "UMUMKAN MELATI Besok rapat jam 3.");
        await ChangeAsync(app, "delete from memberships where person_id = (select id from people where phone = @Phone) and group_id = (select id from groups where code = 'MELATI')", Rina);

        var yes = await app.Twilio.SmsAsync(Rina, "ya");

        Assert.Equal("Maaf Ibu Rina, pengumuman ini TIDAK dikirim: Ibu tidak lagi berwenang untuk kelompok ini. Hubungi pendamping.", yes.Reply);
        Assert.Empty(await app.OutboxAsync());
    }

    [Fact]
    public async Task A_ketua_replaced_before_YA_calls_no_meeting()
    {
        using var seeds = SeedFolder.Mawar();
        File.AppendAllLines(Path.Combine(seeds.Path, "people.csv"), ["081211110005,Sumarni,ketua,MAWAR,Ibu"]);
        await using var app = new BotApplication(seeds.Path);
        const string ketua = "+6281211110005";
        await app.Twilio.SmsAsync(ketua, "rapat mawar Sabtu 10.00 Balai Desa");
        await ChangeAsync(app, Replaced, ketua);

        var yes = await app.Twilio.SmsAsync(ketua, "ya");

        Assert.Equal("Maaf Ibu Sumarni, undangan rapat ini TIDAK dikirim: Ibu tidak lagi berwenang untuk kelompok ini. Hubungi pendamping.", yes.Reply);
        Assert.Empty(await app.OutboxAsync());
        Assert.StartsWith("Pertemuan KPB Mawar berikutnya: Senin 30/11", (await app.Twilio.SmsAsync(Sri, "jadwal")).Reply);
    }
}
