using Dapper;
using Pkkpm.Bot.Tests.Infrastructure;

namespace Pkkpm.Bot.Tests.Reporting;

/// <summary>
/// Treasurers name members as the village does: with a title or kinship term in front (Yu, Mbah,
/// Hj.) and by the short name she is called (panggilan, from people.csv). On the demo seeds.
/// </summary>
public class NamesAsPeopleSayThemTests
{
    private const string MawarBendahara = "+628123400103", AnggrekBendahara = "+628123400303";

    [Fact]
    public async Task Titles_and_kinship_terms_before_names_find_the_right_members()
    {
        await using var app = new BotApplication();

        await app.Twilio.SmsAsync(MawarBendahara, "SETOR Yu Sum 20rb, Mbah Painem 10rb, Hj.Sukinah 5rb, Pak Slamet 15rb");
        await app.Twilio.SmsAsync(MawarBendahara, "YA");

        Assert.Equal(["Sumarni 20000", "Painem 10000", "Sukinah 5000", "Slamet Riyadi 15000"], await RecordedAsync(app));
    }

    [Fact]
    public async Task A_member_is_found_by_her_panggilan_with_or_without_a_title()
    {
        await using var app = new BotApplication();

        await app.Twilio.SmsAsync(AnggrekBendahara, "setor bu giyem 20rb, yu tinah 10rb");
        await app.Twilio.SmsAsync(AnggrekBendahara, "ya");

        Assert.Equal(["Wagiyem 20000", "Sutinah 10000"], await RecordedAsync(app));
    }

    [Fact]
    public async Task Two_women_called_Yati_are_asked_about_never_guessed()
    {
        await using var app = new BotApplication();

        var which = await app.Twilio.SmsAsync(AnggrekBendahara, "SETOR Yati 10rb");
        await app.Twilio.SmsAsync(AnggrekBendahara, "13");
        await app.Twilio.SmsAsync(AnggrekBendahara, "YA");

        Assert.Contains("8 Supriyati", which.Reply);
        Assert.Contains("13 Widayati", which.Reply);
        Assert.Equal(["Widayati 10000"], await RecordedAsync(app));
    }

    [Fact]
    public async Task Replies_call_a_member_by_her_panggilan()
    {
        await using var app = new BotApplication();

        var saldo = await app.Twilio.SmsAsync("+628123400511", "saldo"); // Sudarmi, called Darmi

        Assert.StartsWith("Ibu Darmi (KPB Dahlia)", saldo.Reply);
    }

    private static async Task<List<string>> RecordedAsync(BotApplication app)
    {
        await using var connection = app.OpenDatabase();
        return (await connection.QueryAsync<(string Name, long Amount)>("""
            select p.name, e.amount from ledger_entries e join people p on p.id = e.person_id
             where e.source <> 'import' and e.kind = 'setoran' order by e.id
            """)).Select(r => $"{r.Name} {r.Amount}").ToList();
    }
}
