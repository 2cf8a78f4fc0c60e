using Pkkpm.Bot.Twilio;

namespace Pkkpm.Bot.Tests.Input;

/// <summary>What the edge does to a field before anything stores it: no control character but tab
/// and line break, a carriage return is a line break, and half a character is U+FFFD.</summary>
[Trait("Category", "NoDatabase")] // the same on either database: ./test.sh runs it once
public class InboundTextTests
{
    [Theory]
    [InlineData("saldo", "saldo")]
    [InlineData("\0saldo\0", "saldo")]
    [InlineData("se\u0007tor\u001B 50rb\u007F\u0085", "setor 50rb")]
    [InlineData("izin\tanak sakit\nbu", "izin\tanak sakit\nbu")]
    [InlineData("baris 1\r\nbaris 2\rbaris 3", "baris 1\nbaris 2\nbaris 3")]
    [InlineData("\U0001F44D \u200F\u200D\uFEFF \u0645\u0631\u062D\u0628\u0627", "\U0001F44D \u200F\u200D\uFEFF \u0645\u0631\u062D\u0628\u0627")]
    public void A_field_is_cleaned_before_it_is_stored(string sent, string kept) =>
        Assert.Equal(kept, InboundText.Clean(sent));

    // Facts, not theory data: half a surrogate pair does not survive the test runner's own messages.
    [Fact]
    public void Half_a_character_becomes_the_replacement_character()
    {
        Assert.Equal("sal\uFFFDdo", InboundText.Clean("sal\uD83Ddo"));
        Assert.Equal("\uFFFDsaldo\uFFFD", InboundText.Clean("\uDE00saldo\uD83D"));
        Assert.Equal("\uFFFD\uFFFD", InboundText.Clean("\uFFFE\uFFFF"));
    }

    [Theory]
    [InlineData("Body=saldo+%F0%9F%91%8D", "saldo \U0001F44D")]
    [InlineData("Body=saldo%FF", "saldo\uFFFD")]
    [InlineData("Body=%ED%A0%80", "\uFFFD\uFFFD\uFFFD")]
    [InlineData("Body=a%2Bb%26c%3Dd", "a+b&c=d")]
    [InlineData("Body=%zz", "%zz")]
    public void A_form_is_read_as_the_url_standard_reads_it(string form, string body) =>
        Assert.Equal(body, FormFields.Parse(System.Text.Encoding.ASCII.GetBytes(form))["Body"]);
}
