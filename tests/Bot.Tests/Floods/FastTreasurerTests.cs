using Pkkpm.Bot.Tests.Infrastructure;

namespace Pkkpm.Bot.Tests.Floods;

/// <summary>The limits are for machines: a treasurer at her busiest is never one of them.</summary>
public class FastTreasurerTests
{
    private const string Bendahara = "+6281222220001";

    private static readonly string[] Names =
    [
        "Endang Susilowati", "Sri Wahyuni", "Painem", "Sumiyati", "Tukinem", "Wartini", "Suparmi", "Giyem", "Sulastri",
        "Ngatinah", "Tumini", "Sarinah", "Parsini", "Rukmini", "Suwarni", "Jumiyem", "Karsini", "Warsini", "Lasmi",
        "Mujiyem", "Ponirah", "Sukinah", "Tarmi", "Wagini", "Yatmi",
    ];

    [Fact]
    public async Task A_treasurer_typing_a_round_of_25_members_as_fast_as_she_can_is_never_held_back()
    {
        using var seeds = new SeedFolder()
            .With("groups.csv", "code,name,village,meeting_day,meeting_time,meeting_place", "MAWAR,KPB Mawar,Sumberejo,Senin,15:00,Rumah Bu Sri")
            .With("people.csv", ["phone,name,role,group_codes,salutation",
                .. Names.Select((name, i) => $"+628122222{i + 1:D4},{name},{(i == 0 ? "bendahara" : "anggota")},MAWAR,Ibu")]);
        await using var app = new BotApplication(seeds.Path);
        var twilio = app.Twilio;

        // No time passes between her messages: faster than anyone types. Most members save the same
        // 25rb, so the same words come again and again, each answering a different question.
        var answers = new List<TwilioSender.Answer> { await twilio.SmsAsync(Bendahara, "SETOR") };
        for (var i = 0; i < Names.Length; i++)
            answers.Add(await twilio.SmsAsync(Bendahara, i % 6 == 5 ? "0" : "25rb"));
        answers.Add(await twilio.SmsAsync(Bendahara, "YA"));

        Assert.All(answers, a => Assert.NotEmpty(a.Replies));
        Assert.Equal("Setoran Yatmi (25/25)? Balas jumlah, 0 jika tidak setor, LEWAT untuk lewati.", answers[^3].Reply);
        Assert.StartsWith("Setoran KPB Mawar: 21 anggota setor, total Rp525.000.", answers[^2].Reply);
        Assert.StartsWith("Tersimpan 21 setoran, total Rp525.000.", answers[^1].Replies[0]);
        Assert.Equal(21, await app.EntryCountAsync());
    }
}
