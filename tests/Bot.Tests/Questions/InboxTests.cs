using System.Net;
using Dapper;
using Pkkpm.Bot.Tests.Infrastructure;
using Pkkpm.Bot.Tests.SignIn;

namespace Pkkpm.Bot.Tests.Questions;

/// <summary>/console/pertanyaan: the pendamping answers in the console as JAWAB does; the dashboard counts what waits.</summary>
public class InboxTests
{
    private const string Sri = "+6281211110001", Endang = "+6281211110003", Rina = "+6281211110009", Budi = "+6281211110012";

    [Fact]
    public async Task A_pendamping_answers_in_the_inbox_and_the_member_gets_the_answer_by_SMS()
    {
        using var seeds = SeedFolder.Mawar();
        File.AppendAllLines(Path.Combine(seeds.Path, "people.csv"), ["081211110012,Budi Santoso,pendamping,MELATI,Bapak"]);
        await using var app = new BotApplication(seeds.Path);
        await app.Twilio.SmsAsync(Sri, "TANYA kapan pelatihan pembukuan?");
        string code;
        await using (var connection = app.OpenDatabase())
            code = Pkkpm.Data.Stores.EntryCodes.Encode(await connection.ExecuteScalarAsync<long>("select id from questions"));
        using var rina = new ConsoleBrowser(app);
        await rina.SignInAsync(Rina);

        var home = await rina.HomeAsync();
        var inbox = await rina.Client.GetStringAsync("/console/pertanyaan");
        var id = await IdAsync(app);
        var answered = await rina.PostFormAsync("/console/pertanyaan", new() { ["id"] = id.ToString(), ["jawaban"] = "Kamis jam 9 di balai desa" });
        var homeAfter = await rina.HomeAsync();

        Assert.Contains("id=\"angka-pertanyaan\">1<", home);
        Assert.Contains("href=\"/console/pertanyaan\"", home);
        Assert.Contains("kapan pelatihan pembukuan?", inbox);
        Assert.Contains("belum dijawab", inbox);
        Assert.Equal(HttpStatusCode.Redirect, answered.StatusCode);
        Assert.Contains("id=\"angka-pertanyaan\">0<", homeAfter);
        Assert.Equal($"Jawaban dari Pendamping Rina ({code}): Kamis jam 9 di balai desa", Assert.Single(await app.OutboxAsync(Sri)).Body);
        await using var db = app.OpenDatabase();
        Assert.Equal(("console", (string?)null, Rina), await db.QuerySingleAsync<(string, string?, string)>(
            "select a.source, a.source_message_sid, p.phone from question_answers a join people p on p.id = a.answered_by_person_id"));
    }

    [Fact]
    public async Task An_admins_answer_is_signed_as_the_programmes_not_as_a_pendamping()
    {
        using var seeds = SeedFolder.Mawar();
        File.AppendAllLines(Path.Combine(seeds.Path, "people.csv"), ["081211110013,Dewi Anggraini,admin,,Ibu"]);
        await using var app = new BotApplication(seeds.Path);
        await app.Twilio.SmsAsync(Sri, "TANYA kapan pelatihan pembukuan?");
        var id = await IdAsync(app);
        using var dewi = new ConsoleBrowser(app);
        await dewi.SignInAsync("+6281211110013");

        var answered = await dewi.PostFormAsync("/console/pertanyaan", new() { ["id"] = id.ToString(), ["jawaban"] = "Kamis jam 9" });

        Assert.Equal(HttpStatusCode.Redirect, answered.StatusCode);
        Assert.StartsWith("Jawaban dari Petugas program Dewi (", Assert.Single(await app.OutboxAsync(Sri)).Body);
    }

    [Fact]
    public async Task Others_find_no_inbox_and_no_question_of_another_group()
    {
        using var seeds = SeedFolder.Mawar();
        File.AppendAllLines(Path.Combine(seeds.Path, "people.csv"), ["081211110012,Budi Santoso,pendamping,MELATI,Bapak"]);
        await using var app = new BotApplication(seeds.Path);
        await app.Twilio.SmsAsync(Sri, "TANYA kapan pelatihan pembukuan?");
        var id = await IdAsync(app);
        using var endang = new ConsoleBrowser(app);
        await endang.SignInAsync(Endang);
        using var budi = new ConsoleBrowser(app);
        await budi.SignInAsync(Budi);

        var bendahara = await endang.Client.GetAsync("/console/pertanyaan");
        var otherInbox = await budi.Client.GetStringAsync("/console/pertanyaan");
        var otherAnswer = await budi.PostFormAsync("/console/pertanyaan", new() { ["id"] = id.ToString(), ["jawaban"] = "Besok" });

        Assert.Equal(HttpStatusCode.NotFound, bendahara.StatusCode);
        Assert.DoesNotContain("pelatihan pembukuan", otherInbox);
        Assert.Equal(HttpStatusCode.NotFound, otherAnswer.StatusCode);
        Assert.Empty(await app.OutboxAsync(Sri));
    }

    private static async Task<long> IdAsync(BotApplication app)
    {
        await using var connection = app.OpenDatabase();
        return await connection.ExecuteScalarAsync<long>("select id from questions");
    }
}
