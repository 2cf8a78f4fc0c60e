using Dapper;
using Pkkpm.Bot.Tests.Infrastructure;
using Pkkpm.Bot.Tests.SignIn;

namespace Pkkpm.Bot.Tests.Retention;

/// <summary>
/// Retention__MessageBodies covers questions (TANYA) and answers (JAWAB) too: after the period their
/// words are blanked like any message's; the rows, their codes, who asked and answered and when stay,
/// and a question asked later keeps its words.
/// </summary>
public class QuestionRetentionTests
{
    private const string Sri = "+6281211110001", Rina = "+6281211110009";

    [Fact]
    public async Task A_year_later_a_question_and_its_answer_lose_their_words_and_keep_the_rest()
    {
        using var seeds = SeedFolder.Mawar();
        await using var app = new BotApplication(seeds.Path, new() { ["Outbound:SmsPerSecond"] = "0", ["Outbound:WhatsAppPerSecond"] = "0" });
        await app.Twilio.SmsAsync(Sri, "TANYA kapan pelatihan pembukuan?");
        var code = await CodeAsync(app);
        Assert.Equal($"Jawaban {code} dikirim ke Ibu Sri (MAWAR).", (await app.Twilio.SmsAsync(Rina, $"JAWAB {code} minggu depan di balai desa")).Reply);
        var before = await RowsAsync(app);

        app.Clock.Advance(TimeSpan.FromDays(366));
        var after = await Eventually.UntilAsync(app, () => RowsAsync(app), rows => rows.All(r => r.Body == ""));
        await app.Twilio.SmsAsync(Sri, "TANYA bibit lele beli dimana bu?");

        Assert.Equal(before.Select(r => r with { Body = "" }), after);
        Assert.Equal(2, await ScalarAsync(app, """
            select (select count(*) from questions where body_removed_at is not null) + (select count(*) from question_answers where body_removed_at is not null)
            """));
        await using var connection = app.OpenDatabase();
        Assert.Equal(["bibit lele beli dimana bu?"], await connection.QueryAsync<string>("select body from questions where body <> ''"));
    }

    [Fact]
    public async Task The_inbox_says_a_blanked_question_and_answer_were_removed_instead_of_showing_nothing()
    {
        using var seeds = SeedFolder.Mawar();
        await using var app = new BotApplication(seeds.Path, new() { ["Outbound:SmsPerSecond"] = "0", ["Outbound:WhatsAppPerSecond"] = "0" });
        await app.Twilio.SmsAsync(Sri, "TANYA kapan pelatihan pembukuan?");
        await app.Twilio.SmsAsync(Rina, $"JAWAB {await CodeAsync(app)} minggu depan di balai desa");
        app.Clock.Advance(TimeSpan.FromDays(366));
        await Eventually.UntilAsync(app, () => RowsAsync(app), rows => rows.All(r => r.Body == ""));
        using var rina = new ConsoleBrowser(app);
        await rina.SignInAsync(Rina);

        var inbox = await rina.Client.GetStringAsync("/console/pertanyaan");

        Assert.Contains("(Isi pertanyaan sudah dihapus karena lewat masa simpan pesan.)", inbox);
        Assert.Contains("(isi sudah dihapus karena lewat masa simpan pesan)", inbox);
    }

    [Fact]
    public async Task Zero_keeps_questions_forever()
    {
        using var seeds = SeedFolder.Mawar();
        await using var app = new BotApplication(seeds.Path, new() { ["Retention:MessageBodies"] = "0", ["Outbound:SmsPerSecond"] = "0", ["Outbound:WhatsAppPerSecond"] = "0" });
        await app.Twilio.SmsAsync(Sri, "TANYA kapan pelatihan pembukuan?");
        var before = await RowsAsync(app);

        app.Clock.Advance(TimeSpan.FromDays(366));
        for (var day = 0; day < 3; day++)
        {
            await Task.Delay(200);
            app.Clock.Advance(TimeSpan.FromDays(1));
        }

        Assert.Equal(before, await RowsAsync(app));
    }

    private sealed record Row(string Kind, long Id, long QuestionId, long PersonId, string Body, DateTimeOffset At);

    /// <summary>Every question and answer: what identifies it, who, when, and its words.</summary>
    private static async Task<List<Row>> RowsAsync(BotApplication app)
    {
        await using var connection = app.OpenDatabase();
        var questions = await connection.QueryAsync<(long Id, long By, string Body, DateTimeOffset At)>("select id, asked_by_person_id, body, asked_at from questions order by id");
        var answers = await connection.QueryAsync<(long Id, long QuestionId, long By, string Body, DateTimeOffset At)>(
            "select id, question_id, answered_by_person_id, body, answered_at from question_answers order by id");
        return questions.Select(q => new Row("q", q.Id, q.Id, q.By, q.Body, q.At))
            .Concat(answers.Select(a => new Row("a", a.Id, a.QuestionId, a.By, a.Body, a.At))).ToList();
    }

    private static async Task<string> CodeAsync(BotApplication app) =>
        Pkkpm.Data.Stores.EntryCodes.Encode(await ScalarAsync(app, "select max(id) from questions"));

    private static async Task<long> ScalarAsync(BotApplication app, string sql)
    {
        await using var connection = app.OpenDatabase();
        return await connection.ExecuteScalarAsync<long>(sql);
    }
}
