using Pkkpm.Bot.Tests.Infrastructure;
using Pkkpm.Conversations.Help;
using Pkkpm.Conversations.People;

namespace Pkkpm.Bot.Tests.Help;

/// <summary>Every item a menu prints works when typed exactly as printed, for every role.</summary>
public class MenuWordsTests
{
    // What a reply must never say to someone who typed what we told them to type.
    private static readonly string[] Failures =
        ["belum kami pahami", "tidak terbaca", "Kategori tips", "Maksud ", "hanya untuk", "untuk pengurus", "tidak ditemukan"];

    public static TheoryData<string, Role> DemoPeople => new()
    {
        { "+628123400108", Role.Anggota },
        { "+628123400101", Role.Ketua },
        { "+628123400102", Role.Sekretaris },
        { "+628123400103", Role.Bendahara },
        { "+628123400001", Role.Pendamping },
    };

    [Theory]
    [MemberData(nameof(DemoPeople))]
    public async Task Every_word_the_menu_prints_works_as_printed(string phone, Role role)
    {
        await using var app = new BotApplication(BotApplication.RepoFolder("seeds"));

        var menu = (await app.Twilio.SmsAsync(phone, "menu")).Replies;
        var printed = menu.SelectMany(ItemsOf).ToList();

        // "Ketik: A, B." and, for a pendamping, "Ketik juga: C, D.": each page one SMS. A member's
        // list is followed by the missed call ("Ketik: A, B. Miskol nomor ini ..."), which is no item.
        static string[] ItemsOf(string page) =>
            page[(page.IndexOf(": ", page.IndexOf("Ketik", StringComparison.Ordinal), StringComparison.Ordinal) + 2)..].Split(". ")[0].TrimEnd('.').Split(", ");

        Assert.Equal(Menu.ItemsFor(role), printed);
        Assert.All(menu, page => Assert.True(page.Length <= 160, page));
        foreach (var item in printed)
        {
            var reply = string.Join(" ", (await app.Twilio.SmsAsync(phone, item)).Replies);
            Assert.All(Failures, failure => Assert.False(reply.Contains(failure, StringComparison.Ordinal), $"'{item}' got: {reply}"));
            await app.Twilio.SmsAsync(phone, "batal"); // each item on its own, nothing left waiting
        }
    }
}
