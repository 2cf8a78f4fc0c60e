using System.Globalization;
using Pkkpm.Conversations.Money;

namespace Pkkpm.Conversations.Tests.Money;

public class RupiahTests
{
    [Theory]
    [InlineData(0L, "Rp0")]
    [InlineData(5L, "Rp5")]
    [InlineData(999L, "Rp999")]
    [InlineData(1_000L, "Rp1.000")]
    [InlineData(50_000L, "Rp50.000")]
    [InlineData(1_500_000L, "Rp1.500.000")]
    [InlineData(123_456_789L, "Rp123.456.789")]
    [InlineData(-50_000L, "-Rp50.000")]
    [InlineData(-1L, "-Rp1")]
    [InlineData(long.MaxValue, "Rp9.223.372.036.854.775.807")]
    [InlineData(long.MinValue, "-Rp9.223.372.036.854.775.808")]
    public void FormatsWithDotsAndRpPrefix(long amount, string expected)
    {
        Assert.Equal(expected, Rupiah.Format(amount));
    }

    [Theory]
    [InlineData("en-US")]
    [InlineData("de-DE")]
    [InlineData("fr-FR")]
    [InlineData("id-ID")]
    public void IgnoresTheMachinesCulture(string culture)
    {
        var saved = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo(culture);
            Assert.Equal("Rp1.500.000", Rupiah.Format(1_500_000));
            Assert.Equal("-Rp50.000", Rupiah.Format(-50_000));
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }
    }
}
