using Dapper;
using Pkkpm.Bot.Tests.Infrastructure;

namespace Pkkpm.Bot.Tests.Understanding;

/// <summary>
/// The safety rules of reading, through the real service: what waits for YA is confirmed by any yes
/// and cancelled by any no, and never dropped without saying so; a negated "datang" is an absence;
/// "belum setor" in a round is 0 and the round goes on; thanks and greetings are answered politely;
/// a question about the loan gets the loan.
/// </summary>
public class AsPeopleWriteTests
{
    private const string Bendahara = "+6281211110003", Sri = "+6281211110001", Pendamping = "+6281211110009";

    [Theory]
    [InlineData("ya setor")]
    [InlineData("YA untuk simpan")]
    [InlineData("inggih leres, monggo disimpen")]
    [InlineData("ok sip, sdh bener semua")]
    [InlineData("👍")]
    [InlineData("nggih bu, tidak ada yang salah")]
    public async Task Any_yes_with_words_around_it_saves_the_waiting_summary(string yes)
    {
        using var seeds = SeedFolder.Mawar();
        await using var app = new BotApplication(seeds.Path);

        await app.Twilio.SmsAsync(Bendahara, "SETOR Sri W 50rb");
        var saved = await app.Twilio.SmsAsync(Bendahara, yes);

        Assert.StartsWith("Tersimpan: setoran Sri Wahyuni Rp50.000", saved.Reply);
        Assert.Equal(1, await app.EntryCountAsync());
        Assert.Single(await app.OutboxAsync(Sri));
    }

    [Theory]
    [InlineData("ora sido")]
    [InlineData("jangan disimpan dulu")]
    [InlineData("salah bu, batal wae")]
    [InlineData("mboten, sanes")]
    public async Task Any_no_cancels_the_waiting_summary(string no)
    {
        using var seeds = SeedFolder.Mawar();
        await using var app = new BotApplication(seeds.Path);

        await app.Twilio.SmsAsync(Bendahara, "SETOR Sri W 50rb");
        var cancelled = await app.Twilio.SmsAsync(Bendahara, no);

        Assert.Equal("Baik Ibu Endang, setoran dibatalkan. Tidak ada yang disimpan.", cancelled.Reply);
        Assert.Equal(0, await app.EntryCountAsync());
    }

    [Theory]
    [InlineData("iya eh jangan")]
    [InlineData("ya tapi Sri 60rb")]
    [InlineData("hmm")]
    public async Task An_answer_that_is_both_or_neither_asks_again_and_keeps_the_summary(string unclear)
    {
        using var seeds = SeedFolder.Mawar();
        await using var app = new BotApplication(seeds.Path);

        await app.Twilio.SmsAsync(Bendahara, "SETOR Sri W 50rb");
        var asked = await app.Twilio.SmsAsync(Bendahara, unclear);
        var nothingYet = await app.EntryCountAsync();
        var saved = await app.Twilio.SmsAsync(Bendahara, "YA");

        Assert.Equal("Setoran belum disimpan. Balas YA untuk simpan, BATAL untuk batal.", asked.Reply);
        Assert.Equal(0, nothingYet);
        Assert.StartsWith("Tersimpan", saved.Reply);
        Assert.Equal(1, await app.EntryCountAsync());
    }

    [Fact]
    public async Task A_new_command_that_replaces_a_summary_says_first_that_it_was_not_saved()
    {
        using var seeds = SeedFolder.Mawar();
        await using var app = new BotApplication(seeds.Path);

        await app.Twilio.SmsAsync(Bendahara, "SETOR Sri W 50rb");
        var replaced = await app.Twilio.SmsAsync(Bendahara, "tabungan kula pinten?");

        Assert.StartsWith("Setoran sebelumnya TIDAK disimpan.", replaced.Replies[0]);
        Assert.Contains(replaced.Replies, r => r.Contains("tabungan Rp"));
        Assert.Equal(0, await app.EntryCountAsync());
    }

    [Theory]
    [InlineData("mboten saged rawuh, putra gerah", "putra gerah")]
    [InlineData("sesuk ora iso teko bu, kulakan nang pasar", "kulakan nang pasar")]
    [InlineData("maaf bu belum bisa hadir, ada tamu", "ada tamu")]
    public async Task A_negated_coming_is_an_absence_with_its_reason(string message, string reason)
    {
        using var seeds = SeedFolder.Mawar();
        await using var app = new BotApplication(seeds.Path);

        var answer = await app.Twilio.SmsAsync(Sri, message);

        Assert.Contains("tercatat: IZIN", answer.Reply);
        var (status, saved) = await AttendanceOfAsync(app, 1);
        Assert.Equal("izin", status);
        Assert.Contains(reason, saved);
    }

    [Fact]
    public async Task A_member_can_change_her_answer_before_the_meeting()
    {
        using var seeds = SeedFolder.Mawar();
        await using var app = new BotApplication(seeds.Path);

        await app.Twilio.SmsAsync(Sri, "HADIR");
        var changed = await app.Twilio.SmsAsync(Sri, "ngapunten bu, ternyata tidak jadi datang, ada tamu");

        Assert.Contains("tercatat: IZIN", changed.Reply);
        Assert.Contains("sebelumnya HADIR", changed.Reply);
        Assert.Equal("izin", (await AttendanceOfAsync(app, 1)).Status);
    }

    [Fact]
    public async Task In_a_round_every_way_of_saying_no_deposit_is_0_and_the_round_goes_on()
    {
        using var seeds = SeedFolder.Mawar();
        await using var app = new BotApplication(seeds.Path);

        await app.Twilio.SmsAsync(Bendahara, "SETOR");
        var second = await app.Twilio.SmsAsync(Bendahara, "belum setor");
        var third = await app.Twilio.SmsAsync(Bendahara, "ora nabung bu");
        var fourth = await app.Twilio.SmsAsync(Bendahara, "-");
        var summary = await app.Twilio.SmsAsync(Bendahara, "10rb");

        Assert.StartsWith("Setoran Slamet Riyadi (2/4)?", second.Reply);
        Assert.StartsWith("Setoran Endang Susilowati (3/4)?", third.Reply);
        Assert.StartsWith("Setoran Sri Rejeki (4/4)?", fourth.Reply);
        Assert.StartsWith("Setoran KPB Mawar: 1 anggota setor, total Rp10.000. Tidak setor 3", summary.Reply);
    }

    [Theory]
    [InlineData("matur nuwun bu")]
    [InlineData("maturnuwun sanget")]
    [InlineData("trimakasih atas bantuannya")]
    [InlineData("suwun yo")]
    [InlineData("tks bu")]
    [InlineData("ok makasih")]
    [InlineData("nuwun sewu")]
    [InlineData("asslmkm")]
    [InlineData("sugeng sonten bu")]
    [InlineData("met pagi")]
    public async Task Thanks_and_greetings_in_any_form_get_a_polite_answer(string courtesy)
    {
        using var seeds = SeedFolder.Mawar();
        await using var app = new BotApplication(seeds.Path);

        var answer = await app.Twilio.SmsAsync(Sri, courtesy);

        Assert.DoesNotContain("belum kami pahami", answer.Reply);
        Assert.Matches("^(Sama-sama|Selamat|Waalaikumsalam)", answer.Reply);
    }

    [Theory]
    [InlineData("angsuranku kurang piro")]
    [InlineData("cicilan sy kapan jatuh tempo?")]
    [InlineData("bayar angsuran minggu ngarep pinten bu")]
    public async Task A_question_about_the_loan_without_an_amount_gets_the_loan(string question)
    {
        using var seeds = SeedFolder.Mawar();
        await using var app = new BotApplication(seeds.Path);

        var answer = await app.Twilio.SmsAsync(Sri, question);

        Assert.Contains("Sisa pinjaman Rp", answer.Reply);
        Assert.Empty(await app.OutboxAsync());
    }

    [Theory]
    [InlineData("nggih bu, insyaAllah", "hadir")]
    [InlineData("iso", "hadir")]
    [InlineData("ngapunten bu", "izin")]
    [InlineData("ra iso bu", "izin")]
    public async Task A_bare_yes_or_no_answers_the_meeting_notice_the_member_got(string reply, string recorded)
    {
        using var seeds = SeedFolder.Mawar();
        await using var app = new BotApplication(seeds.Path);
        await app.Twilio.SmsAsync(Pendamping, "RAPAT MAWAR Sabtu 10.00 Balai Desa"); // Saturday 28/11, before the Monday routine
        await app.Twilio.SmsAsync(Pendamping, "YA");

        var answer = await app.Twilio.SmsAsync(Sri, reply);

        Assert.Contains("Sabtu 28/11 jam 10.00 tercatat", answer.Reply);
        Assert.Equal(recorded, (await AttendanceOfAsync(app, 1)).Status);
    }

    [Fact]
    public async Task An_answer_to_a_notice_is_for_the_meeting_it_announced_even_after_the_routine_one()
    {
        using var seeds = SeedFolder.Mawar();
        await using var app = new BotApplication(seeds.Path);
        await app.Twilio.SmsAsync(Pendamping, "RAPAT MAWAR Rebo sonten jam 3 Balai Desa"); // Wednesday 02/12; the routine is Monday 30/11
        await app.Twilio.SmsAsync(Pendamping, "YA");

        var answer = await app.Twilio.SmsAsync(Sri, "nggih bu, insyaAllah");

        Assert.Contains("Rabu 02/12 jam 15.00 tercatat: HADIR", answer.Reply);
        await using var connection = app.OpenDatabase();
        Assert.Equal(1, await connection.ExecuteScalarAsync<int>("select count(*) from attendance where person_id = 1 and meeting_on = '2026-12-02'"));
    }

    [Fact]
    public async Task A_deposit_of_its_own_in_the_middle_of_a_round_pauses_the_round_instead_of_being_its_answer()
    {
        using var seeds = SeedFolder.Mawar();
        await using var app = new BotApplication(seeds.Path);

        await app.Twilio.SmsAsync(Bendahara, "SETOR");
        var own = await app.Twilio.SmsAsync(Bendahara, "SETOR Slamet 20rb");
        var saved = await app.Twilio.SmsAsync(Bendahara, "ya");
        var resumed = await app.Twilio.SmsAsync(Bendahara, "lanjut");

        Assert.StartsWith("Setoran satu per satu BELUM disimpan (0 dari 4 anggota dijawab).", own.Replies[0]);
        Assert.Contains(own.Replies, r => r.Contains("Setoran Slamet Riyadi Rp20.000. Balas YA untuk simpan"));
        Assert.StartsWith("Tersimpan: setoran Slamet Riyadi Rp20.000", saved.Reply);
        Assert.StartsWith("Setoran Sri Wahyuni (1/4)?", resumed.Reply);
    }

    [Fact]
    public async Task A_bare_yes_with_no_meeting_notice_waiting_is_not_taken_for_attendance()
    {
        using var seeds = SeedFolder.Mawar();
        await using var app = new BotApplication(seeds.Path);

        var answer = await app.Twilio.SmsAsync(Sri, "nggih bu");

        Assert.Contains("tidak ada yang sedang menunggu jawaban", answer.Reply);
        await using var connection = app.OpenDatabase();
        Assert.Equal(0, await connection.ExecuteScalarAsync<int>("select count(*) from attendance"));
    }

    private static async Task<(string Status, string Reason)> AttendanceOfAsync(BotApplication app, long personId)
    {
        await using var connection = app.OpenDatabase();
        var row = await connection.QuerySingleAsync<(string Status, string? Reason)>(
            "select status, reason from attendance where person_id = @PersonId", new { PersonId = personId });
        return (row.Status, row.Reason ?? "");
    }
}
