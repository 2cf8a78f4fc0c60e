using Pkkpm.Conversations.Balance;
using Pkkpm.Conversations.Help;
using Pkkpm.Conversations.People;
using Pkkpm.Conversations.Registration;
using Pkkpm.Conversations.Sms;

namespace Pkkpm.Conversations.Tests.Sms;

/// <summary>Issue 14: the member's menu and the welcome SMS tell her a missed call gets her balance for free, in one SMS.</summary>
public class MissedCallMentionTests
{
    private static readonly GroupRef Mawar = new(1, "MAWAR", "KPB Mawar");

    [Theory]
    [InlineData("Sri", "Waalaikumsalam")]
    [InlineData("Sri", "Selamat siang")]
    [InlineData("Sri Wahyuningsih Kusumawardhani", "Selamat siang")]
    public void A_members_menu_mentions_it_in_one_sms(string name, string greeting)
    {
        var menu = Assert.Single(Menu.For(new Sender(1, name, Role.Anggota, "Ibu", [Mawar]), greeting));

        Assert.EndsWith(". " + CalledBalance.Invitation + ".", menu);
        Assert.True(SmsLength.FitsOneSegment(menu), menu);
    }

    [Fact]
    public void A_short_name_keeps_its_greeting() =>
        Assert.StartsWith("Waalaikumsalam, Ibu Sri. Ketik: SALDO,", Menu.For(new Sender(1, "Sri", Role.Anggota, "Ibu", [Mawar]), "Waalaikumsalam")[0]);

    [Theory]
    [InlineData("Sri Wahyuni", "KPB Mawar", "Bu Rina")]
    [InlineData("Sri Wahyuningsih Kusumawardhani", "KPB Sumber Rejeki Makmur Sejahtera", "Bu Kusumawardhani")]
    [InlineData("Sri", "KPB Mawar", null)]
    public void The_welcome_mentions_it_in_one_sms(string name, string group, string? pendamping)
    {
        var welcome = Welcome.For("Ibu", name, group, pendamping);

        Assert.Contains(CalledBalance.Invitation + ".", welcome);
        Assert.True(SmsLength.FitsOneSegment(welcome), welcome);
    }
}
