using Pkkpm.Conversations.Understanding;

namespace Pkkpm.Conversations.Tests.Understanding;

public class TypoTests
{
    [Theory]
    [InlineData("sado", Intent.Balance)]
    [InlineData("sldo", Intent.Balance)]
    [InlineData("saldp", Intent.Balance)]
    [InlineData("slado", Intent.Balance)]
    [InlineData("SLDO bu", Intent.Balance)]
    [InlineData("angsuarn", Intent.Repayment)]
    [InlineData("angsrn", Intent.Repayment)]
    [InlineData("pinjman", Intent.Loan)]
    [InlineData("tunggkan", Intent.Loan)]
    [InlineData("jdwal", Intent.Schedule)]
    [InlineData("setr 50rb", Intent.Deposit)]
    [InlineData("tarek", Intent.Withdrawal)]
    [InlineData("lanjt", Intent.Continue)]
    [InlineData("pengumumnan", Intent.Broadcast)]
    [InlineData("stauts", Intent.BroadcastStatus)]
    [InlineData("tolong sldo", Intent.Balance)]
    [InlineData("halo, jdwal?", Intent.Schedule)]
    public void AcceptsACloseTypo(string text, Intent expected)
    {
        Assert.Equal(expected, MessageReader.Read(text).Intent);
        Assert.Equal(Intent.Unknown, MessageReader.Read(text).Suggestion);
    }

    [Theory]
    [InlineData("sldi", Intent.Balance)]        // two slips in four letters
    [InlineData("pnrikaan", Intent.Withdrawal)]  // three slips in eight letters
    [InlineData("pngumnan", Intent.Broadcast)]
    [InlineData("brhnti", Intent.Stop)]         // never act on a guessed STOP
    [InlineData("berhnti", Intent.Stop)]
    [InlineData("mulia", Intent.Start)]
    [InlineData("setju", Intent.Accept)]         // nor on a guessed approval
    public void OnlySuggestsAFartherOrConsequentialTypo(string text, Intent suggestion)
    {
        Assert.Equal(new Reading(Intent.Unknown, text, suggestion), MessageReader.Read(text));
    }

    [Theory]
    [InlineData("setop")] // setor (Deposit) or stop (Stop)
    [InlineData("stok")]  // stor (Deposit) or stop (Stop)
    [InlineData("sakdi")]
    [InlineData("pnrkaan")] // three slips in seven letters: too little left of "penarikan"
    public void RefusesAnAmbiguousOrDistantTypo(string text)
    {
        Assert.Equal(new Reading(Intent.Unknown, text), MessageReader.Read(text));
    }

    [Theory]
    [InlineData("bisa")]  // one slip from "sisa"
    [InlineData("uang")]  // one slip from "utang"
    [InlineData("cari")]  // one slip from "cara"
    [InlineData("satus ewu")]
    [InlineData("yaq")]   // short words are never guessed
    [InlineData("tap")]
    [InlineData("betol")] // answers are never guessed
    [InlineData("makasi bu")]
    public void LeavesEverydayAndShortWordsAlone(string text)
    {
        Assert.Equal(Intent.Unknown, MessageReader.Read(text).Suggestion);
        Assert.NotEqual(Intent.Stop, MessageReader.Read(text).Intent);
    }

    [Fact]
    public void PrefersARealKeywordToATypo()
    {
        Assert.Equal(new Reading(Intent.Deposit, "sldo"), MessageReader.Read("setor sldo"));
        Assert.Equal(new Reading(Intent.Balance, "setr"), MessageReader.Read("sldo setr"));
    }
}
