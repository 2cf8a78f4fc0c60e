using Pkkpm.Conversations.Money;

namespace Pkkpm.Conversations.Tests.Money;

/// <summary>Everything that is not a plain Ok, so each flow can answer it properly.</summary>
public class AmountParserOutcomeTests
{
    [Theory]
    [InlineData("50", 50_000L)]
    [InlineData("5", 5_000L)]
    [InlineData("999", 999_000L)]
    [InlineData("Rp50", 50_000L)]
    [InlineData(" 25 ", 25_000L)]
    [InlineData("lima puluh", 50_000L)]
    [InlineData("seket", 50_000L)]
    [InlineData("dua ratus", 200_000L)]
    public void AsksBackABareNumberUnderAThousand(string typed, long likely)
    {
        Assert.Equal(new AmountReading(AmountOutcome.AskBack, likely), AmountParser.Parse(typed));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\n\t")]
    public void SaysEmptyWhenNothingWasTyped(string? typed)
    {
        Assert.Equal(new AmountReading(AmountOutcome.Empty, 0), AmountParser.Parse(typed));
    }

    [Theory]
    [InlineData("0")]
    [InlineData("Rp0")]
    [InlineData("0rb")]
    [InlineData("0,0jt")]
    [InlineData("000")]
    [InlineData("nol")]
    [InlineData("-0")]
    public void SaysZeroForNothingDeposited(string typed)
    {
        Assert.Equal(new AmountReading(AmountOutcome.Zero, 0), AmountParser.Parse(typed));
    }

    [Theory]
    [InlineData("-50000", -50_000L)]
    [InlineData("- 50.000", -50_000L)]
    [InlineData("minus 50rb", -50_000L)]
    [InlineData("Minus 50rb", -50_000L)]
    [InlineData("-Rp50.000", -50_000L)]
    [InlineData("Rp -50.000", -50_000L)]
    [InlineData("\u221250rb", -50_000L)]
    [InlineData("minus lima puluh ribu", -50_000L)]
    public void SaysNegativeWithTheValueNegated(string typed, long value)
    {
        Assert.Equal(new AmountReading(AmountOutcome.Negative, value), AmountParser.Parse(typed));
    }

    [Theory]
    [InlineData("1.5")]
    [InlineData("1,5")]
    [InlineData("50.00")]
    [InlineData("50,00")]
    [InlineData("1,50")]
    [InlineData("1.50.000")]
    [InlineData("1.5000")]
    [InlineData("1234.567")]
    [InlineData("1.500,000")]
    [InlineData("1 500.000")]
    [InlineData("Rp50.000,50")]
    [InlineData("1,2345rb")]
    [InlineData("1,0000005jt")]
    [InlineData("1.500.000rb")]
    [InlineData("1jt 1500rb")]
    [InlineData("50rb 1500")]
    public void SaysAmbiguousWhenTwoReadingsOrCentsAreLikely(string typed)
    {
        Assert.Equal(new AmountReading(AmountOutcome.Ambiguous, 0), AmountParser.Parse(typed));
    }

    [Theory]
    [InlineData("10.000.001", 10_000_001L)]
    [InlineData("11jt", 11_000_000L)]
    [InlineData("500000000", 500_000_000L)]
    [InlineData("seratus juta", 100_000_000L)]
    public void SaysTooLargeWithTheValue(string typed, long value)
    {
        Assert.Equal(new AmountReading(AmountOutcome.TooLarge, value), AmountParser.Parse(typed));
    }

    [Fact]
    public void UsesTheCallersMaximum()
    {
        Assert.Equal(new AmountReading(AmountOutcome.TooLarge, 50_000), AmountParser.Parse("50rb", maxPerEntry: 20_000));
        Assert.Equal(new AmountReading(AmountOutcome.Ok, 20_000), AmountParser.Parse("20rb", maxPerEntry: 20_000));
    }

    [Theory]
    [InlineData("99999999999999999999")]
    [InlineData("9999999999999jt")]
    public void SaysTooLargeWhenTheNumberDoesNotEvenFit(string typed)
    {
        Assert.Equal(new AmountReading(AmountOutcome.TooLarge, long.MaxValue), AmountParser.Parse(typed));
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("Rp")]
    [InlineData("rb")]
    [InlineData("-")]
    [InlineData("minus")]
    [InlineData("50 5")]
    [InlineData("50rb 2jt")]
    [InlineData("1rb 2rb")]
    [InlineData("setor 50rb")]
    [InlineData("50rb ya")]
    [InlineData("lima puluh dua puluh ribu")]
    [InlineData("dua tiga ribu")]
    [InlineData("seratus dua ratus ribu")]
    [InlineData("seket seket ewu")]
    [InlineData("sebelas lima ribu")]
    [InlineData("puluh ribu")]
    [InlineData("dua seribu")]
    [InlineData("setengah")]
    [InlineData("50 rp 2")]
    [InlineData("50%")]
    [InlineData("50$")]
    [InlineData("１２３")]
    [InlineData("٥٠٠٠٠")]
    [InlineData("sejuta setengah 2")]
    [InlineData(".5jt")]
    [InlineData("50 ,5rb")]
    public void SaysNotANumberForAnythingElse(string typed)
    {
        Assert.Equal(new AmountReading(AmountOutcome.NotANumber, 0), AmountParser.Parse(typed));
    }
}
