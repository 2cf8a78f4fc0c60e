using Dapper;
using Pkkpm.Bot.Tests.Infrastructure;
using Pkkpm.Conversations.Sms;

namespace Pkkpm.Bot.Tests.People;

/// <summary>KELUAR: a member leaves her group; her books are closed first, her history stays.</summary>
public class LeavingTests
{
    private const string Rina = "+6281211110009", Rejeki = "+6281211110004", Slamet = "+6281211110002", Endang = "+6281211110003";

    [Fact]
    public async Task A_member_without_savings_leaves_on_YA_and_gets_no_SALDO()
    {
        using var seeds = SeedFolder.Mawar();
        await using var app = new BotApplication(seeds.Path);

        var summary = await app.Twilio.SmsAsync(Rina, "KELUAR MAWAR Sri Rejeki");
        var saved = await app.Twilio.SmsAsync(Rina, "ya");
        var saldo = await app.Twilio.SmsAsync(Rejeki, "saldo");
        var list = await app.Twilio.SmsAsync(Rina, "DAFTAR MAWAR");

        Assert.Equal("Bu Sri keluar dari KPB Mawar? Riwayatnya tetap tersimpan; ia tidak bisa lagi memakai layanan sebagai anggota. Balas YA untuk simpan, BATAL untuk batal.", summary.Reply);
        Assert.Equal("Bu Sri sudah keluar dari KPB Mawar. Riwayatnya tetap tersimpan.", saved.Reply);
        Assert.StartsWith("Maaf Ibu Sri, ini hanya untuk anggota kelompok.", saldo.Reply);
        Assert.DoesNotContain("Sri Rejeki", list.Reply);
        var told = Assert.Single(await app.OutboxAsync(Rejeki));
        Assert.True(SmsLength.FitsOneSegment(told.Body), told.Body);
        Assert.Equal("keluar", (await app.LastChangeAsync()).Kind);
    }

    [Fact]
    public async Task A_member_who_left_is_registered_again_as_herself_and_her_history_is_hers_again()
    {
        using var seeds = SeedFolder.Mawar();
        await using var app = new BotApplication(seeds.Path);
        await app.Twilio.SmsAsync(Rina, "KELUAR MAWAR Sri Rejeki");
        await app.Twilio.SmsAsync(Rina, "ya");
        await using (var db = app.OpenDatabase())
            Assert.Equal(0, await db.ExecuteScalarAsync<long>("select count(*) from memberships m join people p on p.id = m.person_id where p.phone = @Rejeki", new { Rejeki }));

        var summary = await app.Twilio.SmsAsync(Rina, "DAFTAR ANGGOTA MAWAR 0812-1111-0004 Sri Rejeki");
        var saved = await app.Twilio.SmsAsync(Rina, "ya");
        var saldo = await app.Twilio.SmsAsync(Rejeki, "saldo");

        Assert.StartsWith("Daftarkan kembali Ibu Sri Rejeki (0812-1111-0004, pernah keluar) sebagai anggota KPB Mawar?", summary.Reply);
        Assert.StartsWith("Tercatat: Ibu Sri Rejeki", saved.Reply);
        Assert.DoesNotContain("Maaf", saldo.Reply);
        await using var after = app.OpenDatabase();
        Assert.Equal(1, await after.ExecuteScalarAsync<long>("select count(*) from people where phone = @Rejeki", new { Rejeki }));
        Assert.Equal(1, await after.ExecuteScalarAsync<long>("select count(*) from memberships m join people p on p.id = m.person_id where p.phone = @Rejeki", new { Rejeki }));
    }

    [Fact]
    public async Task Savings_are_withdrawn_with_TARIK_first_then_she_leaves()
    {
        using var seeds = SeedFolder.Mawar();
        await using var app = new BotApplication(seeds.Path);
        var before = await app.SnapshotAsync();

        var refused = await app.Twilio.SmsAsync(Rina, "keluar MAWAR 0812-1111-0002");
        Assert.Equal(before, await app.SnapshotAsync());
        await app.Twilio.SmsAsync(Endang, "TARIK Slamet Rp10.000");
        await app.Twilio.SmsAsync(Endang, "ya");
        await app.Twilio.SmsAsync(Rina, "keluar MAWAR 0812-1111-0002");
        var saved = await app.Twilio.SmsAsync(Rina, "ya");

        Assert.Equal("Tabungan Pak Slamet masih Rp10.000. Bendahara mencatat penarikan penutupnya dulu (TARIK Slamet Rp10.000), lalu kirim KELUAR lagi.", refused.Reply);
        Assert.StartsWith("Pak Slamet sudah keluar dari KPB Mawar.", saved.Reply);
    }

    [Theory]
    [InlineData("KELUAR MAWAR Endang", "Maaf Ibu Rina, Bu Endang adalah bendahara KPB Mawar. Tunjuk dulu penggantinya: GANTI BENDAHARA MAWAR nama.")]
    [InlineData("KELUAR MAWAR Sri Wahyuni", "Tabungan Bu Sri masih")]
    [InlineData("KELUAR MAWAR Sri", "Maaf Ibu Rina, ada beberapa yang cocok: Sri Wahyuni, Sri Rejeki.")]
    [InlineData("KELUAR MAWAR Painem", "Maaf Ibu Rina, Painem tidak ada di daftar KPB Mawar.")]
    [InlineData("KELUAR MELATI Sri Rejeki", "Maaf Ibu Rina, Sri Rejeki tidak ada di daftar KPB Melati.")]
    public async Task Refusals_say_why_and_change_nothing(string text, string expected)
    {
        using var seeds = SeedFolder.Mawar();
        await using var app = new BotApplication(seeds.Path);
        var before = await app.SnapshotAsync();

        var answer = await app.Twilio.SmsAsync(Rina, text);
        await app.Twilio.SmsAsync(Rina, "ya");

        Assert.StartsWith(expected, answer.Reply);
        Assert.Equal(before, await app.SnapshotAsync());
    }

    [Fact]
    public async Task Only_the_pendamping_lets_a_member_leave_and_keluar_alone_still_stops_messages()
    {
        using var seeds = SeedFolder.Mawar();
        await using var app = new BotApplication(seeds.Path);
        var before = await app.SnapshotAsync();

        var treasurer = await app.Twilio.SmsAsync(Endang, "KELUAR MAWAR Sri Rejeki");
        Assert.Equal(before, await app.SnapshotAsync());
        var stop = await app.Twilio.SmsAsync(Rejeki, "keluar aja bu");

        Assert.StartsWith("Maaf Ibu Endang, anggota didaftarkan, diganti nomornya atau dikeluarkan oleh pendamping", treasurer.Reply);
        Assert.DoesNotContain("keluar dari", stop.Reply);
        await using var connection = app.OpenDatabase();
        Assert.NotNull(await Dapper.SqlMapper.ExecuteScalarAsync<string?>(connection, "select opted_out_at from people where phone = @Rejeki", new { Rejeki }));
    }
}
