using Pkkpm.Conversations.Understanding;

namespace Pkkpm.Conversations.Tests.Understanding;

/// <summary>What follows the keyword reaches the flow exactly as typed, only its edges trimmed.</summary>
public class ArgumentsTests
{
    [Theory]
    [InlineData("SETOR Sri 50rb, Siti 25rb", Intent.Deposit, "Sri 50rb, Siti 25rb")]
    [InlineData("setor#Sri#50.000", Intent.Deposit, "Sri#50.000")]
    [InlineData("SETOR 1 50rb 2 25rb", Intent.Deposit, "1 50rb 2 25rb")]
    [InlineData("Setor: Sri Wahyuni Rp 50.000,-", Intent.Deposit, "Sri Wahyuni Rp 50.000,-")]
    [InlineData("setor50rb", Intent.Deposit, "50rb")]
    [InlineData("SETOR.Sri.50.000.", Intent.Deposit, "Sri.50.000")]
    [InlineData("izin anak sakit", Intent.Excused, "anak sakit")]
    [InlineData("cek saldo dong", Intent.Balance, "dong")]
    [InlineData("CEK SALDO", Intent.Balance, "")]
    [InlineData("saldo!!", Intent.Balance, "")]
    [InlineData("#saldo#", Intent.Balance, "")]
    [InlineData("tdk bisa datang, Anak Demam", Intent.Excused, "Anak Demam")]
    [InlineData("gak bs dtg: ke Solo", Intent.Excused, "ke Solo")]
    [InlineData("Bu, SETOR Siti Rp. 25.000", Intent.Deposit, "Siti Rp. 25.000")]
    [InlineData("Selamat pagi. UMUMKAN: Rapat Kamis Legi jam 13.00!", Intent.Broadcast, "Rapat Kamis Legi jam 13.00")]
    [InlineData("KOREKSI #12 : Rp 20.000 bukan 25.000", Intent.Correction, "12 : Rp 20.000 bukan 25.000")]
    [InlineData("saldooo  Ibu Sri", Intent.Balance, "Ibu Sri")]
    [InlineData("angsuran 1,5jt", Intent.Repayment, "1,5jt")]
    [InlineData("sldo 2", Intent.Balance, "2")]
    public void KeepsTheTextAfterTheKeyword(string text, Intent intent, string arguments)
    {
        Assert.Equal(new Reading(intent, arguments), MessageReader.Read(text));
    }

    [Fact]
    public void KeepsTheWholeMessageWhenNothingWasUnderstood()
    {
        Assert.Equal(new Reading(Intent.Unknown, "Sri Wahyuni, 50.000"), MessageReader.Read("  Sri Wahyuni, 50.000. "));
    }
}
