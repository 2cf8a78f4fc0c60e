using Pkkpm.Conversations.Money;

namespace Pkkpm.Conversations.Tests.Money;

/// <summary>Every way of typing money from domain.md's table, and the brief's list.</summary>
public class AmountParserTests
{
    [Theory]
    // domain.md: the 50000 row
    [InlineData("Rp 50.000", 50_000L)]
    [InlineData("Rp50.000", 50_000L)]
    [InlineData("Rp. 50.000,-", 50_000L)]
    [InlineData("50.000", 50_000L)]
    [InlineData("50000", 50_000L)]
    [InlineData("50 000", 50_000L)]
    [InlineData("IDR 50.000", 50_000L)]
    [InlineData("50,000", 50_000L)]
    // domain.md: units
    [InlineData("50rb", 50_000L)]
    [InlineData("50 rb", 50_000L)]
    [InlineData("50ribu", 50_000L)]
    [InlineData("50 ribu", 50_000L)]
    [InlineData("50k", 50_000L)]
    [InlineData("50K", 50_000L)]
    [InlineData("Rp50rb", 50_000L)]
    // domain.md: juta with decimals and trailing thousands
    [InlineData("1,5jt", 1_500_000L)]
    [InlineData("1.5jt", 1_500_000L)]
    [InlineData("1,5 juta", 1_500_000L)]
    [InlineData("0,5jt", 500_000L)]
    [InlineData("1jt500", 1_500_000L)]
    [InlineData("1 jt 500 rb", 1_500_000L)]
    [InlineData("1jt 500rb", 1_500_000L)]
    [InlineData("2jt", 2_000_000L)]
    [InlineData("2 juta", 2_000_000L)]
    [InlineData("sejuta", 1_000_000L)]
    [InlineData("setengah juta", 500_000L)]
    // domain.md: Indonesian words
    [InlineData("seratus ribu", 100_000L)]
    [InlineData("lima puluh ribu", 50_000L)]
    [InlineData("dua puluh lima ribu", 25_000L)]
    [InlineData("seribu", 1_000L)]
    [InlineData("sepuluh ribu", 10_000L)]
    [InlineData("lima belas ribu", 15_000L)]
    [InlineData("tujuh ratus lima puluh ribu", 750_000L)]
    [InlineData("satu juta dua ratus ribu", 1_200_000L)]
    // domain.md: Javanese
    [InlineData("seket ewu", 50_000L)]
    [InlineData("selawe ewu", 25_000L)]
    [InlineData("satus ewu", 100_000L)]
    [InlineData("rong puluh ewu", 20_000L)]
    [InlineData("sewu", 1_000L)]
    [InlineData("limang ewu", 5_000L)]
    [InlineData("sepuluh ewu", 10_000L)]
    // cents that are zero
    [InlineData("Rp50.000,00", 50_000L)]
    public void ReadsEveryWayOfTypingMoney(string typed, long expected)
    {
        Assert.Equal(new AmountReading(AmountOutcome.Ok, expected), AmountParser.Parse(typed));
    }

    [Theory]
    [InlineData("  rp 50.000  ", 50_000L)]
    [InlineData("RP50RB", 50_000L)]
    [InlineData("Lima Puluh Ribu", 50_000L)]
    [InlineData("SEKET EWU", 50_000L)]
    [InlineData("\t50rb\n", 50_000L)]
    [InlineData("50.000 rupiah", 50_000L)]
    [InlineData("Rp 1.500.000", 1_500_000L)]
    [InlineData("1,500,000", 1_500_000L)]
    [InlineData("1 500 000", 1_500_000L)]
    [InlineData("50,000.00", 50_000L)]
    [InlineData("50000,00", 50_000L)]
    [InlineData("Rp 50.000.-", 50_000L)]
    [InlineData("50rb.", 50_000L)]
    [InlineData("Rp.50.000", 50_000L)]
    [InlineData("rp.50000", 50_000L)]
    [InlineData("sewu limang atus", 1_500L)]
    [InlineData("1.500", 1_500L)]
    [InlineData("1000", 1_000L)]
    [InlineData("7500", 7_500L)]
    [InlineData("2,5jt", 2_500_000L)]
    [InlineData("0,25 juta", 250_000L)]
    [InlineData("1,5rb", 1_500L)]
    [InlineData("2.5k", 2_500L)]
    [InlineData("1jt250", 1_250_000L)]
    [InlineData("2jt50", 2_050_000L)]
    [InlineData("1 juta 500.000", 1_500_000L)]
    [InlineData("50rb500", 50_500L)]
    [InlineData("1jt, 500rb", 1_500_000L)]
    [InlineData("sejuta setengah", 1_500_000L)]
    [InlineData("dua juta setengah", 2_500_000L)]
    [InlineData("satu setengah juta", 1_500_000L)]
    [InlineData("sejuta lima ratus", 1_500_000L)]
    [InlineData("sejuta lima ratus ribu", 1_500_000L)]
    [InlineData("seribu lima ratus", 1_500L)]
    [InlineData("sebelas ribu", 11_000L)]
    [InlineData("dua ratus lima puluh ribu", 250_000L)]
    [InlineData("sembilan ratus sembilan puluh sembilan ribu", 999_000L)]
    [InlineData("rong atus seket ewu", 250_000L)]
    [InlineData("telung ewu", 3_000L)]
    [InlineData("limolas ewu", 15_000L)]
    [InlineData("sayuta", 1_000_000L)]
    [InlineData("rong yuta", 2_000_000L)]
    [InlineData("lima rb", 5_000L)]
    [InlineData("5 ewu", 5_000L)]
    public void ReadsOtherCommonForms(string typed, long expected)
    {
        Assert.Equal(new AmountReading(AmountOutcome.Ok, expected), AmountParser.Parse(typed));
    }

    [Fact]
    public void AllowsAmountsUpToTheMaximum()
    {
        Assert.Equal(new AmountReading(AmountOutcome.Ok, 10_000_000), AmountParser.Parse("10jt"));
        Assert.Equal(new AmountReading(AmountOutcome.Ok, 20_000_000), AmountParser.Parse("20jt", maxPerEntry: 20_000_000));
    }
}
