using Dapper;
using Pkkpm.Bot.Tests.Infrastructure;
using Pkkpm.Conversations.Sms;

namespace Pkkpm.Bot.Tests.Questions;

/// <summary>TANYA reaches every pendamping of the member's group with a code; JAWAB by one of them reaches the member.</summary>
public class QuestionTests
{
    private const string Sri = "+6281211110001", Slamet = "+6281211110002", Rina = "+6281211110009", Andi = "+6281211110011", Budi = "+6281211110012";

    // Rina and Andi accompany Mawar; Budi accompanies only Melati.
    private static SeedFolder Seeds()
    {
        var seeds = SeedFolder.Mawar();
        File.AppendAllLines(Path.Combine(seeds.Path, "people.csv"),
            ["081211110011,Andi Nugroho,pendamping,MAWAR,Bapak", "081211110012,Budi Santoso,pendamping,MELATI,Bapak"]);
        return seeds;
    }

    [Fact]
    public async Task A_question_reaches_every_pendamping_of_the_group_with_its_code()
    {
        using var seeds = Seeds();
        await using var app = new BotApplication(seeds.Path);

        var asked = await app.Twilio.SmsAsync(Sri, "TANYA kapan pelatihan pembukuan? 🙏");

        await using var connection = app.OpenDatabase();
        var (id, body, sid) = await connection.QuerySingleAsync<(long, string, string)>("select id, body, source_message_sid from questions");
        var code = Pkkpm.Data.Stores.EntryCodes.Encode(id);
        Assert.Equal("kapan pelatihan pembukuan? 🙏", body); // whole, as typed
        Assert.Equal(1, await connection.ExecuteScalarAsync<int>("select count(*) from inbound_messages where sid = @Sid", new { Sid = sid }));
        Assert.Equal($"Terima kasih Ibu Sri, pertanyaan {code} sudah dikirim ke pendamping (Bu Rina, Pak Andi). Jawabannya akan dikirim lewat SMS.", asked.Reply);
        var forward = $"Pertanyaan {code} dari Ibu Sri (MAWAR): kapan pelatihan pembukuan? Balas: JAWAB {code} pesan";
        Assert.Equal(forward, Assert.Single(await app.OutboxAsync(Rina)).Body);
        Assert.Equal(forward, Assert.Single(await app.OutboxAsync(Andi)).Body);
        Assert.Empty(await app.OutboxAsync(Budi));
        Assert.Equal("question", (await app.OutboxAsync(Rina)).Single().Kind);
    }

    [Fact]
    public async Task A_long_question_is_cut_to_one_SMS_and_kept_whole()
    {
        using var seeds = Seeds();
        await using var app = new BotApplication(seeds.Path);
        var question = string.Join(" ", Enumerable.Repeat("usaha keripik saya perlu izin PIRT atau cukup NIB saja", 5));

        await app.Twilio.SmsAsync(Sri, $"tanya {question}");

        var forward = Assert.Single(await app.OutboxAsync(Rina)).Body;
        Assert.True(SmsLength.FitsOneSegment(forward), forward);
        Assert.Contains("... Balas: JAWAB ", forward);
        await using var connection = app.OpenDatabase();
        Assert.Equal(question, await connection.ExecuteScalarAsync<string>("select body from questions"));
    }

    [Fact]
    public async Task An_answer_reaches_the_member_and_is_recorded_as_a_row_of_its_own()
    {
        using var seeds = Seeds();
        await using var app = new BotApplication(seeds.Path);
        await app.Twilio.SmsAsync(Sri, "TANYA kapan pelatihan pembukuan?");
        var code = await CodeAsync(app);

        var answered = await app.Twilio.SmsAsync(Andi, $"jawab {code.ToLowerInvariant()} Kamis jam 9 di balai desa, bawa buku kas");
        var again = await app.Twilio.SmsAsync(Rina, $"JAWAB {code} Diundur Jumat jam 9");

        Assert.Equal($"Jawaban {code} dikirim ke Ibu Sri (MAWAR).", answered.Reply);
        Assert.Equal($"Jawaban {code} dikirim ke Ibu Sri (MAWAR). Pertanyaan ini sudah pernah dijawab; ini jawaban tambahan.", again.Reply);
        var toSri = await app.OutboxAsync(Sri);
        Assert.Equal([$"Jawaban dari Pendamping Andi ({code}): Kamis jam 9 di balai desa, bawa buku kas", $"Jawaban dari Pendamping Rina ({code}): Diundur Jumat jam 9"],
            toSri.Select(r => r.Body));
        Assert.All(toSri, r => Assert.Equal("answer", r.Kind));
        await using var connection = app.OpenDatabase();
        var answers = (await connection.QueryAsync<(string Body, string Source, string Sid, string Phone)>("""
            select a.body, a.source, a.source_message_sid, p.phone from question_answers a join people p on p.id = a.answered_by_person_id order by a.id
            """)).ToList();
        Assert.Equal([("Kamis jam 9 di balai desa, bawa buku kas", "sms", Andi), ("Diundur Jumat jam 9", "sms", Rina)], answers.Select(a => (a.Body, a.Source, a.Phone)));
        Assert.All(answers, a => Assert.StartsWith("SM", a.Sid));
        Assert.Equal("kapan pelatihan pembukuan?", await connection.ExecuteScalarAsync<string>("select body from questions"));
    }

    [Fact]
    public async Task A_pendamping_of_another_group_gets_the_same_reply_as_for_an_unknown_code()
    {
        using var seeds = Seeds();
        await using var app = new BotApplication(seeds.Path);
        await app.Twilio.SmsAsync(Sri, "TANYA kapan pelatihan pembukuan?");
        var code = await CodeAsync(app);

        var otherGroup = await app.Twilio.SmsAsync(Budi, $"JAWAB {code} Besok");
        var unknown = await app.Twilio.SmsAsync(Budi, "JAWAB XXXX Besok");

        Assert.Equal($"Pertanyaan {code} tidak ditemukan di kelompok dampingan Bapak. Periksa kodenya di SMS pertanyaan.", otherGroup.Reply);
        Assert.Equal("Pertanyaan XXXX tidak ditemukan di kelompok dampingan Bapak. Periksa kodenya di SMS pertanyaan.", unknown.Reply);
        Assert.Empty(await app.OutboxAsync(Sri));
        await using var connection = app.OpenDatabase();
        Assert.Equal(0, await connection.ExecuteScalarAsync<int>("select count(*) from question_answers"));
    }

    [Fact]
    public async Task Refusals_and_usage_say_what_to_write_and_record_nothing()
    {
        using var seeds = Seeds();
        await using var app = new BotApplication(seeds.Path);
        await app.Twilio.SmsAsync(Sri, "TANYA kapan pelatihan pembukuan?");
        var code = await CodeAsync(app);

        var memberAnswers = await app.Twilio.SmsAsync(Slamet, $"JAWAB {code} besok");
        var pendampingAsks = await app.Twilio.SmsAsync(Rina, "TANYA kapan dana cair");
        var empty = await app.Twilio.SmsAsync(Rina, $"JAWAB {code}");
        var bare = await app.Twilio.SmsAsync(Rina, "jawab");
        var tanya = await app.Twilio.SmsAsync(Slamet, "tanya");
        var saldo = await app.Twilio.SmsAsync(Slamet, "mau tanya saldo sy");

        Assert.Equal("Maaf Bapak Slamet, JAWAB hanya untuk pendamping. Untuk bertanya ke pendamping, ketik TANYA lalu pertanyaan Bapak.", memberAnswers.Reply);
        Assert.Equal("Maaf Ibu Rina, TANYA untuk anggota kelompok. Pendamping menjawab pertanyaan dengan JAWAB kode pesan.", pendampingAsks.Reply);
        Assert.Equal($"Tulis jawabannya setelah kode, misalnya JAWAB {code} Pelatihan hari Kamis jam 9.", empty.Reply);
        Assert.StartsWith("Tulis: JAWAB kode pesan", bare.Reply);
        Assert.StartsWith("Tulis: TANYA lalu pertanyaan Bapak", tanya.Reply);
        Assert.Contains("Rp", saldo.Reply); // still SALDO
        foreach (var reply in new[] { memberAnswers, pendampingAsks, empty, bare, tanya, saldo })
            Assert.True(SmsLength.FitsOneSegment(reply.Reply), reply.Reply);
        await using var connection = app.OpenDatabase();
        Assert.Equal(1, await connection.ExecuteScalarAsync<int>("select count(*) from questions"));
        Assert.Equal(0, await connection.ExecuteScalarAsync<int>("select count(*) from question_answers"));
        Assert.Empty(await app.OutboxAsync(Sri));
    }

    private static async Task<string> CodeAsync(BotApplication app)
    {
        await using var connection = app.OpenDatabase();
        return Pkkpm.Data.Stores.EntryCodes.Encode(await connection.ExecuteScalarAsync<long>("select max(id) from questions"));
    }
}
