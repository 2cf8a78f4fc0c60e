using Dapper;
using Pkkpm.Bot.Tests.Infrastructure;
using Pkkpm.Conversations.Sms;
using static Pkkpm.Bot.Tests.Loans.LoanSeeds;

namespace Pkkpm.Bot.Tests.Loans;

/// <summary>CAIR: a pendamping records a loan on YA; the member gets her schedule in one SMS and SALDO shows it.</summary>
public class DisbursementTests
{
    [Fact]
    public async Task CAIR_then_YA_records_the_loan_sends_the_schedule_and_SALDO_shows_it()
    {
        using var seeds = WithWati();
        await using var app = new BotApplication(seeds.Path);

        var summary = await app.Twilio.SmsAsync(Pendamping, "CAIR Slamet 2jt 50x mingguan");
        var recorded = await app.Twilio.SmsAsync(Pendamping, "ya");
        var saldo = await app.Twilio.SmsAsync(Slamet, "saldo");

        // Fee 1,5 % a month for 50 weeks (11,5 months): Rp345.205; (2.000.000 + 345.205) / 50 = 46.904,1 -> Rp47.000.
        Assert.Equal([
            "Cair ke Bapak Slamet Riyadi (KPB Mawar): pinjaman Rp2.000.000, jasa 1,5%/bln Rp345.205.",
            "Angsuran Rp47.000 x 50 mingguan (dibulatkan ke atas ke Rp500), pertama 04/12/26. Total dikembalikan Rp2.350.000. Balas YA untuk catat, BATAL untuk batal."], summary.Replies);
        Assert.All(summary.Replies, r => Assert.True(SmsLength.FitsOneSegment(r), r));
        Assert.Equal("Pinjaman Bapak Slamet Rp2.000.000 tercatat. Jadwal angsuran dikirim ke Bapak Slamet.", recorded.Reply);
        Assert.Equal("Bapak Slamet (KPB Mawar): tabungan Rp10.000. Sisa pinjaman Rp2.350.000, angsuran berikut Rp47.000 tgl 04/12.", saldo.Reply);
        var schedule = Assert.Single(await app.OutboxAsync(Slamet));
        Assert.Equal("Bapak Slamet, pinjaman Rp2.000.000 dari KPB Mawar cair 27/11/26. Angsuran Rp47.000 x 50 mingguan, 04/12/26 s/d 12/11/27. Total Rp2.350.000. -Rina", schedule.Body);
        Assert.True(SmsLength.IsGsm7(schedule.Body) && SmsLength.FitsOneSegment(schedule.Body));
        await using var connection = app.OpenDatabase();
        var loan = await connection.QuerySingleAsync<(string Frequency, string Source, string? Sid, string RecordedBy)>("""
            select l.frequency, l.source, l.source_message_sid, p.phone from loans l join people p on p.id = l.recorded_by_person_id
             where l.person_id = (select id from people where phone = @Slamet)
            """, new { Slamet });
        Assert.Equal(("mingguan", "sms", Pendamping), (loan.Frequency, loan.Source, loan.RecordedBy));
        Assert.NotNull(loan.Sid);
    }

    [Fact]
    public async Task A_monthly_loan_with_the_group_named_falls_due_on_the_same_day_each_month()
    {
        using var seeds = WithWati();
        await using var app = new BotApplication(seeds.Path);

        var summary = await app.Twilio.SmsAsync(Pendamping, "cair MAWAR Pak Slamet 3 juta 12x bulanan");
        await app.Twilio.SmsAsync(Pendamping, "nggih");
        var saldo = await app.Twilio.SmsAsync(Slamet, "saldo");

        // 1,5 % x 12 months = Rp540.000; 3.540.000 / 12 = Rp295.000.
        Assert.StartsWith("Angsuran Rp295.000 x 12 bulanan (dibulatkan ke atas ke Rp500), pertama 27/12/26. Total dikembalikan Rp3.540.000.", summary.Replies[1]);
        Assert.EndsWith("Sisa pinjaman Rp3.540.000, angsuran berikut Rp295.000 tgl 27/12.", saldo.Reply);
    }

    [Fact]
    public async Task An_instalment_given_replaces_the_computed_one()
    {
        using var seeds = WithWati();
        await using var app = new BotApplication(seeds.Path);

        var summary = await app.Twilio.SmsAsync(Pendamping, "CAIR Slamet 2jt 50x mingguan angsuran 45rb");

        Assert.Equal("Angsuran Rp45.000 x 50 mingguan, pertama 04/12/26. Total dikembalikan Rp2.250.000. Balas YA untuk catat, BATAL untuk batal.", summary.Replies[1]);
    }

    [Fact]
    public async Task BATAL_records_nothing_and_sends_nothing()
    {
        using var seeds = WithWati();
        await using var app = new BotApplication(seeds.Path);

        await app.Twilio.SmsAsync(Pendamping, "CAIR Slamet 2jt 50x mingguan");
        var cancelled = await app.Twilio.SmsAsync(Pendamping, "batal");

        Assert.Contains("tidak", cancelled.Reply, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(2, await LoanCountAsync(app));
        Assert.Empty(await app.OutboxAsync(Slamet));
    }

    [Theory]
    [InlineData(Pendamping, "CAIR Sri Wahyuni 2jt 50x mingguan", "Ibu Sri masih punya sisa pinjaman Rp750.000. Pinjaman baru bisa dicairkan setelah lunas.")]
    [InlineData(Pendamping, "CAIR Wati 2jt 50x mingguan", "KPB Melati punya anggota menunggak lebih dari 30 hari. Kelompok yang menunggak belum bisa meminjam lagi (tanggung renteng). Lihat: TUNGGAKAN MELATI")]
    [InlineData(Pendamping, "CAIR Painem 2jt 50x mingguan", "Painem tidak ada di daftar anggota kelompok dampingan Anda.")]
    [InlineData(Pendamping, "CAIR Sri 2jt 50x mingguan", "Ada beberapa Sri: Sri Wahyuni (MAWAR), Sri Rejeki (MAWAR).")]
    [InlineData(Pendamping, "CAIR MELATI Slamet 2jt 50x mingguan", "Slamet tidak ada di daftar anggota")]
    [InlineData(Pendamping, "CAIR Slamet 50rb 10x mingguan", "Pinjaman minimal Rp100.000 dan maksimal Rp50.000.000.")]
    [InlineData(Pendamping, "CAIR Slamet 200jt 10x mingguan", "Pinjaman minimal Rp100.000 dan maksimal Rp50.000.000.")]
    [InlineData(Pendamping, "CAIR Slamet 2jt 60x mingguan", "Angsuran mingguan bisa 1 sampai 50 kali.")]
    [InlineData(Pendamping, "CAIR Slamet 2jt 13x bulanan", "Angsuran bulanan bisa 1 sampai 12 kali.")]
    [InlineData(Pendamping, "CAIR Slamet 2jt 10x mingguan angsuran 100rb", "Angsuran Rp100.000 x 10 = Rp1.000.000, kurang dari pinjaman Rp2.000.000.")]
    [InlineData(Pendamping, "CAIR Slamet 2jt", "Tulis: CAIR nama jumlah kali x mingguan/bulanan")]
    [InlineData(Bendahara, "CAIR Slamet 2jt 50x mingguan", "Maaf Ibu Endang, pencairan pinjaman dicatat oleh pendamping kelompok.")]
    [InlineData(Slamet, "cair Slamet 2jt 50x mingguan", "Maaf Bapak Slamet, pencairan pinjaman dicatat oleh pendamping kelompok.")]
    public async Task Every_refusal_says_why_and_changes_nothing(string from, string text, string expected)
    {
        using var seeds = WithWati();
        await using var app = new BotApplication(seeds.Path);

        var answer = await app.Twilio.SmsAsync(from, text);
        var ya = await app.Twilio.SmsAsync(from, "ya");

        Assert.Contains(expected, answer.Reply);
        Assert.True(SmsLength.FitsOneSegment(answer.Reply), answer.Reply);
        Assert.DoesNotContain("tercatat", ya.Reply);
        Assert.Equal(2, await LoanCountAsync(app));
        Assert.DoesNotContain(await app.OutboxAsync(), r => r.ToPhone != from);
    }

    [Fact]
    public async Task A_second_loan_is_refused_while_the_first_runs()
    {
        using var seeds = WithWati();
        await using var app = new BotApplication(seeds.Path);

        await app.Twilio.SmsAsync(Pendamping, "CAIR Slamet 2jt 50x mingguan");
        await app.Twilio.SmsAsync(Pendamping, "ya");
        var second = await app.Twilio.SmsAsync(Pendamping, "CAIR Slamet 1jt 10x mingguan");

        Assert.Contains("Bapak Slamet masih punya sisa pinjaman Rp2.350.000", second.Reply);
        Assert.Equal(3, await LoanCountAsync(app));
    }

    private static async Task<long> LoanCountAsync(BotApplication app)
    {
        await using var connection = app.OpenDatabase();
        return await connection.ExecuteScalarAsync<long>("select count(*) from loans");
    }
}
