using Pkkpm.Conversations.Phones;

namespace Pkkpm.Conversations.Tests.Phones;

/// <summary>Logs show a sender's number only by its ends, and never half a character.</summary>
public class PhoneMaskTests
{
    [Fact]
    public void A_number_shows_only_its_first_and_last_three_characters() =>
        Assert.Equal("+62******108", IndonesianPhone.Mask("+628123400108"));

    [Fact]
    public void A_sender_made_of_emoji_is_hidden_whole_rather_than_cut_inside_a_character()
    {
        var masked = IndonesianPhone.Mask("\U0001F600\U0001F601\U0001F602\U0001F603");

        Assert.DoesNotContain(masked, c => char.IsSurrogate(c));
        Assert.Equal("***", masked);
    }
}
