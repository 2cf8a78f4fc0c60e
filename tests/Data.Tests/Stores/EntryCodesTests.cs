using Pkkpm.Data.Stores;

namespace Pkkpm.Data.Tests.Stores;

public class EntryCodesTests
{
    private const long FourCharacterCodes = 24 * 24 * 24 * 24;

    [Fact]
    public void Every_id_round_trips_through_its_code()
    {
        for (long id = 0; id < FourCharacterCodes + 1000; id += 7)
        {
            Assert.True(EntryCodes.TryParse(EntryCodes.Encode(id), out var back));
            Assert.Equal(id, back);
        }
        foreach (var id in new[] { FourCharacterCodes - 1, FourCharacterCodes, EntryCodes.MaxId - 1, EntryCodes.MaxId })
        {
            Assert.True(EntryCodes.TryParse(EntryCodes.Encode(id), out var back));
            Assert.Equal(id, back);
        }
    }

    [Fact]
    public void The_first_hundred_thousand_codes_are_all_different()
    {
        var codes = Enumerable.Range(0, 100_000).Select(id => EntryCodes.Encode(id)).ToHashSet();

        Assert.Equal(100_000, codes.Count);
    }

    [Fact]
    public void Codes_have_four_characters_until_they_run_out_then_five()
    {
        Assert.Equal(4, EntryCodes.Encode(1).Length);
        Assert.Equal(4, EntryCodes.Encode(FourCharacterCodes - 1).Length);
        Assert.Equal(5, EntryCodes.Encode(FourCharacterCodes).Length);
        Assert.Throws<ArgumentOutOfRangeException>(() => EntryCodes.Encode(-1));
    }

    [Fact]
    public void Consecutive_ids_do_not_give_similar_codes()
    {
        var codes = Enumerable.Range(1, 20).Select(id => EntryCodes.Encode(id)).ToList();

        // Neighbours share at most one position: a typo in one character rarely finds another entry's code.
        foreach (var (a, b) in codes.Zip(codes.Skip(1)))
            Assert.True(a.Zip(b).Count(p => p.First == p.Second) <= 1, $"{a} and {b} look alike");
    }

    [Fact]
    public void Codes_use_no_look_alike_characters()
    {
        var all = string.Concat(Enumerable.Range(0, 5000).Select(id => EntryCodes.Encode(id)));

        Assert.DoesNotContain(all, c => "0O1I2Z5S6G8B".Contains(c));
    }

    [Fact]
    public void Parsing_ignores_case_and_surrounding_spaces()
    {
        var code = EntryCodes.Encode(4242);

        Assert.True(EntryCodes.TryParse($"  {code.ToLowerInvariant()} ", out var id));
        Assert.Equal(4242, id);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("K7Q")]
    [InlineData("K0Q2")]
    [InlineData("KOQ2")]
    [InlineData("K7 Q2")]
    [InlineData("K7Q2-")]
    [InlineData("ACDEFHJKL")]
    [InlineData("saldo")]
    public void Garbage_is_not_a_code(string? text)
    {
        Assert.False(EntryCodes.TryParse(text, out _));
    }
}
