using Pkkpm.Conversations.Tips;

namespace Pkkpm.Conversations.Tests.Tips;

/// <summary>What people put after TIPS: business in general, a topic in their own words, or neither.</summary>
public class TipTopicsTests
{
    [Theory]
    [InlineData("")]
    [InlineData("usaha")]
    [InlineData("Usaha.")]
    [InlineData("bisnis")]
    [InlineData("dagang")]
    [InlineData("wirausaha")]
    [InlineData("lain")]
    [InlineData("tolong bu")]
    [InlineData("usaha katering")]
    public void General_words_ask_for_any_tip(string words)
    {
        Assert.Equal(TipTopics.Request.AnyTip, TipTopics.Read(words));
    }

    [Theory]
    [InlineData("ternak", "tani")]
    [InlineData("usaha ternak kambing", "tani")]
    [InlineData("Sawah", "tani")]
    [InlineData("untuk pitik", "tani")]
    [InlineData("bon warung", "keuangan")]
    [InlineData("uang muka", "keuangan")]
    [InlineData("biaya sekolah anak", "keuangan")]
    [InlineData("bank keliling", "waspada")]
    [InlineData("jualan keliling", "pemasaran")]
    [InlineData("rentenir", "waspada")]
    [InlineData("tani", "tani")]
    [InlineData("WASPADA", "waspada")]
    [InlineData("ijin pirt", "perizinan")]
    public void Topic_words_name_their_category(string words, string category)
    {
        Assert.Equal(new TipTopics.Request(true, category), TipTopics.Read(words));
    }

    [Theory]
    [InlineData("masakan padang")]
    [InlineData("keliling")]
    [InlineData("sepak bola")]
    public void Words_that_name_nothing_we_have_tips_about_are_not_understood(string words)
    {
        Assert.Equal(TipTopics.Request.Unknown, TipTopics.Read(words));
    }

    [Fact]
    public void Every_topic_leads_to_a_category_people_can_ask_for()
    {
        Assert.All(TipTopics.TopicCategories, c => Assert.Contains(c, Tip.Categories));
    }
}
