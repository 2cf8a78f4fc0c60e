using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Pkkpm.Conversations.Money;

namespace Pkkpm.Conversations.Tests.Money;

/// <summary>Whatever way an amount is typed, the parser gives the same amount back.</summary>
public class AmountRoundTripProperties
{
    private const long Max = 10_000_000;

    // Uniform over the range, plus the edges where grouping and units change.
    private static Arbitrary<long> WholeThousands() =>
        Gen.OneOf(
                Gen.Choose(1, (int)(Max / 1_000)),
                Gen.Elements(1, 9, 10, 99, 100, 999, 1_000, 1_001, 1_999, 9_999, 10_000))
            .Select(thousands => thousands * 1_000L)
            .ToArbitrary();

    private static Arbitrary<long> NotWholeThousands() =>
        Gen.OneOf(
                Gen.Choose(1_001, (int)Max),
                Gen.Elements(1_001, 1_999, 10_001, 999_999, 1_000_001, 1_000_500, 9_999_999))
            .Where(amount => amount % 1_000 != 0)
            .Select(amount => (long)amount)
            .ToArbitrary();

    [Property(MaxTest = 500)]
    public Property WholeThousandsReadBackInEveryStyle() =>
        Prop.ForAll(WholeThousands(), amount =>
        {
            foreach (var typed in TypedStyles.AnyAmount(amount).Concat(TypedStyles.WholeThousands(amount)))
                Assert.True(AmountParser.Parse(typed, Max) == new AmountReading(AmountOutcome.Ok, amount),
                    $"'{typed}' read as {AmountParser.Parse(typed, Max)}, expected Ok {amount}");
        });

    [Property(MaxTest = 500)]
    public Property OtherAmountsReadBackInEveryStyle() =>
        Prop.ForAll(NotWholeThousands(), amount =>
        {
            foreach (var typed in TypedStyles.AnyAmount(amount))
                Assert.True(AmountParser.Parse(typed, Max) == new AmountReading(AmountOutcome.Ok, amount),
                    $"'{typed}' read as {AmountParser.Parse(typed, Max)}, expected Ok {amount}");
        });

    [Property(MaxTest = 200)]
    public Property AmountsAboveTheMaximumAreTooLarge() =>
        Prop.ForAll(Gen.Choose(1, 1_000_000).Select(extra => Max + extra).ToArbitrary(), amount =>
        {
            foreach (var typed in TypedStyles.AnyAmount(amount))
                Assert.Equal(new AmountReading(AmountOutcome.TooLarge, amount), AmountParser.Parse(typed, Max));
        });

    [Property(MaxTest = 200)]
    public Property FormattedAmountsReadBack() =>
        Prop.ForAll(Gen.Choose(1_000, (int)Max).Select(a => (long)a).ToArbitrary(), amount =>
            AmountParser.Parse(Rupiah.Format(amount), Max) == new AmountReading(AmountOutcome.Ok, amount));

    [Fact]
    public void TheStylesAreWhatTheyClaim()
    {
        // Guards the generator itself, so a broken style cannot pass by accident.
        Assert.Contains("1,25jt", TypedStyles.AnyAmount(1_250_000));
        Assert.Contains("50rb500", TypedStyles.AnyAmount(50_500));
        Assert.Contains("Rp. 1.250.000,-", TypedStyles.AnyAmount(1_250_000));
        Assert.Contains("1 250 000", TypedStyles.AnyAmount(1_250_000));
        Assert.Contains("1jt250", TypedStyles.WholeThousands(1_250_000));
        Assert.Contains("1 jt 250 rb", TypedStyles.WholeThousands(1_250_000));
        Assert.Equal("sejuta dua ratus lima puluh ribu", IndonesianWords.Say(1_250_000));
        Assert.Equal("sembilan juta sembilan ratus sembilan puluh sembilan ribu", IndonesianWords.Say(9_999_000));
        Assert.Equal("seribu", IndonesianWords.Say(1_000));
        Assert.Equal("sebelas ribu", IndonesianWords.Say(11_000));
        Assert.Equal("tujuh belas ribu", IndonesianWords.Say(17_000));
    }
}
