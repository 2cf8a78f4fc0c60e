using Pkkpm.Conversations.Sms;

namespace Pkkpm.Conversations.Tests.Sms;

public class SmsLengthTests
{
    // Every character of the GSM 03.38 default alphabet (0x1B, the escape, is not a character).
    private const string WholeBasicTable =
        "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?" +
        "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";

    [Fact]
    public void CountsTheWholeBasicTableAsOneSeptetEach()
    {
        Assert.Equal(127, WholeBasicTable.Length);
        Assert.True(SmsLength.IsGsm7(WholeBasicTable));
        Assert.Equal(127, SmsLength.Septets(WholeBasicTable));
    }

    [Theory]
    [InlineData("^")]
    [InlineData("{")]
    [InlineData("}")]
    [InlineData("[")]
    [InlineData("]")]
    [InlineData("~")]
    [InlineData("\\")]
    [InlineData("|")]
    [InlineData("€")]
    [InlineData("\f")]
    public void CountsExtensionCharactersDouble(string character)
    {
        Assert.True(SmsLength.IsGsm7(character));
        Assert.Equal(2, SmsLength.Septets(character));
        Assert.Equal(2 + 5, SmsLength.Septets("Saldo" + character));
    }

    [Theory]
    [InlineData("`")]        // backtick: printable ASCII, but not GSM-7
    [InlineData("\t")]
    [InlineData("“")]        // curly quotes
    [InlineData("’")]
    [InlineData("—")]        // long dash
    [InlineData("–")]
    [InlineData("…")]        // ellipsis
    [InlineData("•")]        // bullet
    [InlineData("🙏")]
    [InlineData("ç")]        // only the capital Ç is in the table
    [InlineData("á")]
    [InlineData("Ê")]
    [InlineData("\u00a0")]   // no-break space
    public void FindsCharactersOutsideGsm7(string character)
    {
        Assert.False(SmsLength.IsGsm7("Saldo Ibu Rp50.000" + character));
        Assert.Throws<ArgumentException>(() => SmsLength.Septets(character));
    }

    [Fact]
    public void FitsA160CharacterAsciiTextInOneSegment()
    {
        var text = new string('a', 160);
        Assert.Equal(1, SmsLength.Segments(text));
        Assert.True(SmsLength.FitsOneSegment(text));
    }

    [Theory]
    [InlineData(0, 1)]
    [InlineData(1, 1)]
    [InlineData(161, 2)]
    [InlineData(306, 2)]
    [InlineData(307, 3)]
    [InlineData(459, 3)]
    [InlineData(460, 4)]
    public void SplitsLongGsm7TextsIn153SeptetParts(int length, int segments)
    {
        Assert.Equal(segments, SmsLength.Segments(new string('a', length)));
        Assert.Equal(segments == 1, SmsLength.FitsOneSegment(new string('a', length)));
    }

    [Fact]
    public void CountsBracesAndEuroDoubleTowardsTheLimit()
    {
        Assert.Equal(1, SmsLength.Segments(new string('a', 158) + "{"));
        Assert.Equal(2, SmsLength.Segments(new string('a', 159) + "{"));
        Assert.Equal(1, SmsLength.Segments(new string('a', 158) + "€"));
        Assert.Equal(2, SmsLength.Segments(new string('a', 159) + "€"));
        Assert.Equal(160, SmsLength.Septets(new string('a', 158) + "€"));
    }

    [Fact]
    public void CountsAccentedLettersOfTheTableAsGsm7()
    {
        var text = new string('é', 160);
        Assert.True(SmsLength.IsGsm7(text));
        Assert.Equal(1, SmsLength.Segments(text));
    }

    [Theory]
    [InlineData("“")]
    [InlineData("🙏")]
    [InlineData("—")]
    [InlineData("…")]
    [InlineData("•")]
    public void OneUnicodeCharacterMakesTheWholeTextUcs2(string character)
    {
        var text = new string('a', 60) + character;
        Assert.Equal(1, SmsLength.Segments(text));
        Assert.Equal(2, SmsLength.Segments(new string('a', 100) + character));
    }

    [Theory]
    [InlineData(70, 1)]
    [InlineData(71, 2)]
    [InlineData(134, 2)]
    [InlineData(135, 3)]
    public void SplitsLongUcs2TextsIn67UnitParts(int length, int segments)
    {
        var text = "…" + new string('a', length - 1);
        Assert.Equal(segments, SmsLength.Segments(text));
    }

    [Fact]
    public void CountsAnEmojiAsTwoUcs2Units()
    {
        Assert.Equal(1, SmsLength.Segments(new string('a', 68) + "🙏"));
        Assert.Equal(2, SmsLength.Segments(new string('a', 69) + "🙏"));
    }

    [Fact]
    public void MeasuresATypicalReceipt()
    {
        var receipt = "Terima kasih Ibu Sri Wahyuningsih. Setoran wajib Rp10.000 sudah dicatat " +
                      "Bendahara Siti. Saldo Ibu Rp250.000. Jika salah, balas SALAH.";
        Assert.True(SmsLength.FitsOneSegment(receipt));
        Assert.False(SmsLength.FitsOneSegment(receipt.Replace("Ibu Sri", "Ibu “Sri”")));
    }
}
