using Pkkpm.Bot.Tests.Infrastructure;
using Pkkpm.Conversations.Sms;
using static Pkkpm.Bot.Tests.Loans.LoanSeeds;

namespace Pkkpm.Bot.Tests.Loans;

/// <summary>TUNGGAKAN: who is behind, for the bendahara and the pendamping, oldest first, paged to SMS.</summary>
public class ArrearsTests
{
    [Fact]
    public async Task A_pendamping_sees_who_is_behind_in_all_her_groups_or_one()
    {
        using var seeds = WithWati();
        await using var app = new BotApplication(seeds.Path);

        var all = await app.Twilio.SmsAsync(Pendamping, "TUNGGAKAN");
        var melati = await app.Twilio.SmsAsync(Pendamping, "tunggakan MELATI");
        var mawar = await app.Twilio.SmsAsync(Pendamping, "daftar tunggakan mawar");

        // Tri: disbursed 1 Sep, weekly, 12 instalments due by 27 Nov, 1 paid.
        Assert.Equal("Tunggakan 2 kelompok (1/1): Tri Lestari (MELATI) Rp550.000 11x", all.Reply);
        Assert.Equal("Tunggakan KPB Melati (1/1): Tri Lestari Rp550.000 11x", melati.Reply);
        Assert.Equal("Tidak ada anggota KPB Mawar yang menunggak per 27/11/26. Terima kasih Ibu Rina sudah memantau.", mawar.Reply);
    }

    [Fact]
    public async Task A_bendahara_sees_her_own_group_and_about_herself_her_SALDO()
    {
        using var seeds = WithWati();
        await using var app = new BotApplication(seeds.Path);

        var group = await app.Twilio.SmsAsync(Bendahara, "Tunggakan");
        app.Clock.Advance(TimeSpan.FromDays(5)); // 2 Dec: Sri's instalment of 1 Dec is late
        var later = await app.Twilio.SmsAsync(Bendahara, "tunggakan");
        var herself = await app.Twilio.SmsAsync(Bendahara, "tunggakan saya ada?");

        Assert.Equal("Tidak ada anggota KPB Mawar yang menunggak per 27/11/26. Terima kasih Ibu Endang sudah memantau.", group.Reply);
        Assert.Equal("Tunggakan KPB Mawar (1/1): Sri Wahyuni Rp50.000 1x", later.Reply);
        Assert.StartsWith("Ibu Endang (KPB Mawar): tabungan", herself.Reply);
    }

    [Theory]
    [InlineData(Sri, "TUNGGAKAN", "Ibu Sri (KPB Mawar): tabungan")]
    [InlineData(Tri, "tunggakan sy brp", "Ibu Tri (KPB Melati): tabungan Rp10.000. Sisa pinjaman Rp950.000, tunggakan Rp550.000")]
    public async Task A_member_asking_gets_her_own_SALDO(string from, string text, string expected)
    {
        using var seeds = WithWati();
        await using var app = new BotApplication(seeds.Path);

        var answer = await app.Twilio.SmsAsync(from, text);

        Assert.StartsWith(expected, answer.Reply);
    }

    [Fact]
    public async Task A_long_list_goes_in_pages_of_one_SMS_each_oldest_first()
    {
        using var seeds = ManyInArrears(12);
        await using var app = new BotApplication(seeds.Path);

        var answer = await app.Twilio.SmsAsync("+6281299990000", "TUNGGAKAN");

        Assert.True(answer.Replies.Count > 1);
        Assert.All(answer.Replies, page => Assert.True(SmsLength.IsGsm7(page) && SmsLength.FitsOneSegment(page), page));
        Assert.StartsWith($"Tunggakan KPB Dahlia (1/{answer.Replies.Count}): Anggota Nomor 12 Rp600.000 12x, Anggota Nomor 11 ", answer.Replies[0]);
        Assert.StartsWith($"Tunggakan KPB Dahlia ({answer.Replies.Count}/{answer.Replies.Count}): ", answer.Replies[^1]);
        // Oldest first: member 12 borrowed first; every member once.
        var names = string.Join(", ", answer.Replies.Select(p => p[(p.IndexOf(": ", StringComparison.Ordinal) + 2)..]));
        Assert.Equal(12, names.Split(", ").Length);
        Assert.EndsWith("Anggota Nomor 1 Rp50.000 1x", names);
    }

    [Fact]
    public async Task A_list_longer_than_five_pages_says_how_many_more_there_are()
    {
        using var seeds = ManyInArrears(40);
        await using var app = new BotApplication(seeds.Path);

        var answer = await app.Twilio.SmsAsync("+6281299990000", "TUNGGAKAN");

        Assert.Equal(6, answer.Replies.Count);
        Assert.StartsWith("Tunggakan KPB Dahlia (5/5): ", answer.Replies[4]);
        Assert.Matches(@"^Dan \d+ anggota lain menunggak\. Daftar lengkap ada di konsol\.$", answer.Replies[5]);
        Assert.All(answer.Replies, page => Assert.True(SmsLength.FitsOneSegment(page), page));
    }

    /// <summary>A group whose member n borrowed n weeks before the first instalment the test day missed.</summary>
    private static SeedFolder ManyInArrears(int members) => new SeedFolder()
        .With("groups.csv", "code,name,village,meeting_day,meeting_time,meeting_place", "DAHLIA,KPB Dahlia,Sumberejo,Senin,15:00,Balai")
        .With("people.csv", [
            "phone,name,role,group_codes,salutation",
            "081299990000,Sari Bendahara,bendahara,DAHLIA,Ibu",
            .. Enumerable.Range(1, members).Select(n => $"0812999900{n:00},Anggota Nomor {n},anggota,DAHLIA,Ibu")])
        .With("loans.csv", [
            "phone,principal,disbursed_on,instalments,instalment_amount,frequency",
            .. Enumerable.Range(1, members).Select(n => $"0812999900{n:00},1000000,{new DateOnly(2026, 11, 20).AddDays(-7 * (n - 1)):yyyy-MM-dd},20,50000,mingguan")])
        .With("ledger.csv", "date,phone,type,amount,note");
}
