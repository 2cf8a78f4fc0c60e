using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Pkkpm.Conversations.Deposits;
using Pkkpm.Conversations.Sms;

namespace Pkkpm.Conversations.Tests.Sms;

public class Gsm7TextTests
{
    [Theory]
    [InlineData("anak sakit 🙏", "anak sakit")]
    [InlineData("🙏🙏 anak sakit 🙏🏽🙏", "anak sakit")]
    [InlineData("anak🙏sakit", "anak sakit")]
    [InlineData("makasih bu🙏.", "makasih bu.")]
    [InlineData("matur nuwun 🙏🙏.", "matur nuwun.")]
    [InlineData("IZIN (anak sakit 😢), maaf", "IZIN (anak sakit), maaf")]
    [InlineData("jam 3 . bawa buku", "jam 3 . bawa buku")]         // a space the person typed stays
    [InlineData("rapat 👨‍👩‍👧 keluarga", "rapat keluarga")]      // a family: emoji joined by ZWJ
    [InlineData("ok 👍🏾 ❤️ siap", "ok siap")]                      // skin tone, variation selector
    [InlineData("Jum\u2019at \u201Cbesok\u201D \u2014 bawa buku\u2026", "Jum'at \"besok\" - bawa buku...")]
    [InlineData("Jum`at", "Jum'at")]
    public void Drops_emoji_and_writes_phone_punctuation_plainly(string typed, string folded) =>
        Assert.Equal(folded, Gsm7Text.Fold(typed));

    [Theory]
    [InlineData("Dewi Anggraéni", "Dewi Anggraéni")]       // é, ü, ñ, Ç, à are in GSM-7: kept
    [InlineData("Müller Ñoño Çelik à", "Müller Ñoño Çelik à")]
    [InlineData("Siti Ḥalīmah", "Siti Halimah")]             // transliterated Arabic names
    [InlineData("Ma\u02BCruf Nūr", "Ma'ruf Nur")]
    [InlineData("François Ângela Ólafur", "Francois Angela Olafur")]
    [InlineData("Łukasz Đorđe Œuvre", "Lukasz Dorde OEuvre")]
    [InlineData("ç á ī ê Ê À", "c a i e E A")]               // lower-case ç and capital À are not in GSM-7
    [InlineData("Sri\u0301 Wahyuni", "Sri Wahyuni")]          // a stray combining accent
    [InlineData("Rene\u0301", "René")]                         // e + combining acute is the é GSM-7 has
    [InlineData("𝐒𝐫𝐢 𝓦𝓪𝓱𝔂𝓾𝓷𝓲", "Sri Wahyuni")]          // letters from a "fancy font" keyboard
    [InlineData("ＳＡＬＤＯ", "SALDO")]                        // full-width letters
    public void Writes_letters_GSM7_lacks_as_their_base_letter(string typed, string folded) =>
        Assert.Equal(folded, Gsm7Text.Fold(typed));

    [Theory]
    [InlineData("  anak   sakit  ", "anak sakit")]
    [InlineData("anak\tsakit\u3000keras", "anak sakit keras")]
    [InlineData("rapat\r\nbawa buku", "rapat\nbawa buku")]
    [InlineData("rapat 🙏\n  bawa buku", "rapat\nbawa buku")]
    [InlineData("a\u0007b\u001Bc\fd", "a b c d")]               // control characters (bell, escape, form feed)
    [InlineData("sakit\u200B\u200Dkeras", "sakit keras")]     // zero-width characters between words
    [InlineData("izin\uFFFEsakit\uFFFF", "izin sakit")]   // noncharacters
    [InlineData("🙏", "")]
    [InlineData("", "")]
    public void Collapses_the_spaces_left_behind(string typed, string folded) =>
        Assert.Equal(folded, Gsm7Text.Fold(typed));

    [Fact]
    public void A_lone_half_of_an_emoji_is_dropped_not_kept()
    {
        var broken = "izin \uD83D sakit \uDE4F";

        Assert.Equal("izin sakit", Gsm7Text.Fold(broken));
    }

    [Fact]
    public void Leaves_our_own_texts_as_they_are()
    {
        const string Reply = "Terima kasih Ibu Sri. Saldo Rp50.000 {kode K7Q2} [Rp10.000 €] ~ @ £ $ ¥ § ¿ ¡ ÄÖÑÜ äöñüà ΔΦΓΛΩΠΨΣΘΞ";

        Assert.Same(Reply, Gsm7Text.Fold(Reply));
    }

    // Any string at all: letters of every script, emoji, surrogate halves, controls.
    private static Arbitrary<string> AnyText() =>
        Gen.OneOf(
                Gen.Choose(0, 0xFFFF).Select(c => (char)c),
                Gen.Elements("🙏👍🏾❤️👨‍👩‍👧ḤīçÊÀ𝐒ＳŁœ\u0301\u200D\uFE0F\uFFFE\t\r\n\u0000\u001B".ToCharArray()),
                Gen.Elements("abc de Sri é".ToCharArray()))
            .ArrayOf()
            .Select(chars => new string(chars))
            .ToArbitrary();

    [Property(MaxTest = 1000)]
    public Property Anything_folds_to_GSM7_without_doubled_spaces() =>
        Prop.ForAll(AnyText(), text =>
        {
            var folded = Gsm7Text.Fold(text);
            return SmsLength.IsGsm7(folded) && !folded.Contains("  ") && folded == folded.Trim(' ', '\n')
                && Gsm7Text.Fold(folded) == folded;
        });

    [Property(MaxTest = 1000)]
    public Property A_short_echo_is_GSM7_and_at_most_20_septets() =>
        Prop.ForAll(AnyText(), typed =>
        {
            var echoed = AmountTexts.Short(typed);
            return SmsLength.IsGsm7(echoed) && SmsLength.Septets(echoed) <= 20 && !echoed.Contains('\n');
        });

    [Theory]
    [InlineData("anak sakit 🙏🙏🙏🙏🙏🙏🙏🙏", "anak sakit")]
    [InlineData("Sri Wahyuningsih Rahayu", "Sri Wahyuningsih...")]
    [InlineData("Siti Ḥalīmah binti Abdullah", "Siti Halimah bint...")]
    [InlineData("anak sakit keras 🙏 di rumah", "anak sakit keras...")]
    [InlineData("{{{{{{{{{{{{", "{{{{{{{{...")]       // braces cost two septets each
    public void A_short_echo_is_folded_before_it_is_cut(string typed, string echoed) =>
        Assert.Equal(echoed, AmountTexts.Short(typed));
}
