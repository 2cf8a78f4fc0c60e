using Pkkpm.Bot.Tests.Infrastructure;

namespace Pkkpm.Bot.Tests.Balance;

/// <summary>SALDO: a member's savings, loan outstanding and next instalment, in one SMS.</summary>
public class SaldoTests
{
    [Fact]
    public async Task A_member_with_a_current_loan_sees_savings_outstanding_and_next_instalment()
    {
        using var seeds = SeedFolder.Mawar();
        await using var app = new BotApplication(seeds.Path);

        var answer = await app.Twilio.SmsAsync("+6281211110001", "SALDO");

        // 25.000 + 300.000 + 50.000 - 25.000 saved; 20 x 50.000 owed, 5 paid; the 6th is due 1 Dec.
        Assert.Equal("Ibu Sri (KPB Mawar): tabungan Rp350.000. Sisa pinjaman Rp750.000, angsuran berikut Rp50.000 tgl 01/12.", answer.Reply);
    }

    [Fact]
    public async Task A_member_without_a_loan_sees_savings_only()
    {
        using var seeds = SeedFolder.Mawar();
        await using var app = new BotApplication(seeds.Path);

        var answer = await app.Twilio.SmsAsync("+6281211110002", "cek saldo dong");

        Assert.Equal("Bapak Slamet (KPB Mawar): tabungan Rp10.000. Tidak ada pinjaman.", answer.Reply);
    }

    [Fact]
    public async Task A_member_behind_on_instalments_is_told_the_arrears()
    {
        using var seeds = SeedFolder.Mawar();
        await using var app = new BotApplication(seeds.Path);

        var answer = await app.Twilio.SmsAsync("+6281211110010", "brp saldo sy?");

        // Disbursed 1 Sep, weekly: 12 instalments due by 27 Nov, 1 paid: 11 late.
        Assert.Equal("Ibu Tri (KPB Melati): tabungan Rp10.000. Sisa pinjaman Rp950.000, tunggakan Rp550.000 (11x angsuran). Mohon segera dibayar.", answer.Reply);
    }

    [Theory]
    [InlineData("saldo")]
    [InlineData("Saldo.")]
    [InlineData("SALDO!!")]
    [InlineData("#saldo#")]
    [InlineData("saldo saya")]
    [InlineData("berapa saldo saya?")]
    [InlineData("tabungan")]
    [InlineData("simpanan")]
    [InlineData("sldo")]
    [InlineData("saldooo")]
    public async Task Understood_as_people_type_it(string text)
    {
        using var seeds = SeedFolder.Mawar();
        await using var app = new BotApplication(seeds.Path);

        var answer = await app.Twilio.SmsAsync("+6281211110002", text);

        Assert.StartsWith("Bapak Slamet (KPB Mawar): tabungan Rp10.000.", answer.Reply);
    }

    [Fact]
    public async Task The_next_day_the_arrears_grow_without_any_new_message()
    {
        using var seeds = SeedFolder.Mawar();
        await using var app = new BotApplication(seeds.Path);

        var before = await app.Twilio.SmsAsync("+6281211110001", "saldo");
        app.Clock.Advance(TimeSpan.FromDays(5)); // 2 Dec: the instalment due 1 Dec was not paid
        var after = await app.Twilio.SmsAsync("+6281211110001", "saldo");

        Assert.Contains("angsuran berikut Rp50.000 tgl 01/12", before.Reply);
        Assert.Contains("tunggakan Rp50.000 (1x angsuran)", after.Reply);
    }
}
