using Pkkpm.Conversations.Sms;

namespace Pkkpm.Conversations.Tests.Sms;

public class TypographicPunctuationTests
{
    [Theory]
    [InlineData("Jum\u2019at", "Jum'at")]
    [InlineData("\u2018ok\u2019 \u201Cya\u201D", "'ok' \"ya\"")]
    [InlineData("jam 9\u201310 \u2014 bawa buku\u2026", "jam 9-10 - bawa buku...")]
    [InlineData("Rp\u00A050.000", "Rp 50.000")]
    [InlineData("saldo", "saldo")]
    public void Phone_punctuation_becomes_the_plain_characters_of_an_SMS(string typed, string plain)
    {
        var folded = TypographicPunctuation.Fold(typed);

        Assert.Equal(plain, folded);
        Assert.True(SmsLength.IsGsm7(folded));
    }
}
