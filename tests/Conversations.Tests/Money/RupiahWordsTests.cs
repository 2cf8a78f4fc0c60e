using Pkkpm.Conversations.Money;

namespace Pkkpm.Conversations.Tests.Money;

public class RupiahWordsTests
{
    [Theory]
    [InlineData(0, "nol rupiah")]
    [InlineData(1, "satu rupiah")]
    [InlineData(11, "sebelas rupiah")]
    [InlineData(17, "tujuh belas rupiah")]
    [InlineData(100, "seratus rupiah")]
    [InlineData(500, "lima ratus rupiah")]
    [InlineData(1_000, "seribu rupiah")]
    [InlineData(1_500, "seribu lima ratus rupiah")]
    [InlineData(10_000, "sepuluh ribu rupiah")]
    [InlineData(11_000, "sebelas ribu rupiah")]
    [InlineData(25_000, "dua puluh lima ribu rupiah")]
    [InlineData(50_000, "lima puluh ribu rupiah")]
    [InlineData(100_000, "seratus ribu rupiah")]
    [InlineData(101_000, "seratus satu ribu rupiah")]
    [InlineData(350_000, "tiga ratus lima puluh ribu rupiah")]
    [InlineData(1_000_000, "satu juta rupiah")]
    [InlineData(1_250_000, "satu juta dua ratus lima puluh ribu rupiah")]
    [InlineData(2_001_001, "dua juta seribu satu rupiah")]
    [InlineData(15_000_000, "lima belas juta rupiah")]
    [InlineData(999_999_999, "sembilan ratus sembilan puluh sembilan juta sembilan ratus sembilan puluh sembilan ribu sembilan ratus sembilan puluh sembilan rupiah")]
    [InlineData(1_000_000_000, "satu miliar rupiah")]
    [InlineData(2_500_000_000_000, "dua triliun lima ratus miliar rupiah")]
    [InlineData(-50_000, "minus lima puluh ribu rupiah")]
    public void Says_amounts_as_a_listener_understands_them(long amount, string expected) =>
        Assert.Equal(expected, RupiahWords.Say(amount));

    [Fact]
    public void The_smallest_long_has_words_too() =>
        Assert.StartsWith("minus sembilan juta ", RupiahWords.Number(long.MinValue));

    // (Not a bare "lima ratus": typed, that means Rp500.000 to the reader, as members mean it.)
    [Theory]
    [InlineData(2_500)]
    [InlineData(25_000)]
    [InlineData(1_250_000)]
    [InlineData(15_000_000)]
    [InlineData(987_654_321)]
    public void What_is_said_reads_back_as_the_same_amount(long amount) =>
        Assert.Equal(amount, AmountParser.Parse(RupiahWords.Say(amount), long.MaxValue).Amount);
}
