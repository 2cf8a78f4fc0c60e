using Pkkpm.Conversations.Groups;
using Pkkpm.Conversations.People;
using Pkkpm.Conversations.Deposits;

namespace Pkkpm.Conversations.Tests.Deposits;

/// <summary>Who "Sri", "2" or "0812..." points at. Expected results are written "Found 1",
/// "Ambiguous 1 2" (list numbers) or "NotFound".</summary>
public class MemberMatcherTests
{
    private static readonly RosterMember[] Roster =
    [
        Member(1, "Sri Wahyuni", "+628123400101"),
        Member(2, "Sri Rejeki", "+628123400102"),
        Member(3, "Siti Aminah", "+628123400103"),
        Member(4, "Painem", "+628123400104"),
        Member(5, "Budi Santoso", "+628123400105"),
        Member(6, "Siti", "+628123400106"),
        // Shares Painem's phone: one handset per household is common.
        Member(7, "Tukiyem", "+628123400104"),
    ];

    [Theory]
    [InlineData(3, "Found 3")]
    [InlineData(7, "Found 7")]
    [InlineData(42, "NotFound")]
    public void FindsByListNumber(int number, string expected)
    {
        Assert.Equal(expected, Describe(MemberMatcher.Match(new MemberRef.ByNumber(number), Roster)));
    }

    [Theory]
    [InlineData("+628123400103", "Found 3")]
    [InlineData("+628123400104", "Ambiguous 4 7")]
    [InlineData("+628999999999", "NotFound")]
    public void FindsByExactPhone(string e164, string expected)
    {
        Assert.Equal(expected, Describe(MemberMatcher.Match(new MemberRef.ByPhone(e164), Roster)));
    }

    [Theory]
    [InlineData("Sri", "Ambiguous 1 2")]
    [InlineData("Sri W", "Found 1")]
    [InlineData("sri wahyuni", "Found 1")]
    [InlineData("SRI   WAHYUNI", "Found 1")]
    [InlineData("Bu Sri Wahyuni", "Found 1")]
    [InlineData("Ibu Sri W", "Found 1")]
    [InlineData("Mbak Sri R", "Found 2")]
    [InlineData("Wahyuni", "Found 1")]
    [InlineData("Aminah", "Found 3")]
    [InlineData("Siti", "Found 6")] // the exact full name wins over Siti Aminah
    [InlineData("Pak Budi", "Found 5")]
    [InlineData("Mas Budi S", "Found 5")]
    [InlineData("Painm", "Found 4")]
    [InlineData("Pianem", "Found 4")]
    [InlineData("painem", "Found 4")]
    [InlineData("Wahyuni Sri", "NotFound")]
    [InlineData("Sri X", "NotFound")]
    [InlineData("Joko", "NotFound")]
    [InlineData("Bu", "NotFound")]
    [InlineData("Sti", "NotFound")]     // too short for a typo to be trusted
    [InlineData("Bydi", "NotFound")]    // likewise
    [InlineData("Tukiyen", "Found 7")]
    public void FindsByName(string name, string expected)
    {
        Assert.Equal(expected, Describe(MemberMatcher.Match(new MemberRef.ByName(name), Roster)));
    }

    [Theory]
    [InlineData("Sri Wulandari", "Found 2")] // a middle name may be left out
    [InlineData("Sri Rahayu", "Found 2")]
    [InlineData("Sri W", "Ambiguous 1 2")]
    [InlineData("Sri Wa", "Found 1")]
    public void MatchesTypedWordsInOrderSkippingOthers(string name, string expected)
    {
        RosterMember[] roster = [Member(1, "Sri Wahyuni", "+628123400101"), Member(2, "Sri Rahayu Wulandari", "+628123400102")];
        Assert.Equal(expected, Describe(MemberMatcher.Match(new MemberRef.ByName(name), roster)));
    }

    [Fact]
    public void NeverPicksBetweenTwoPeopleOneTypoAway()
    {
        RosterMember[] roster = [Member(1, "Painem", "+628123400101"), Member(2, "Paini", "+628123400102")];
        Assert.Equal("Ambiguous 1 2", Describe(MemberMatcher.Match(new MemberRef.ByName("Painm"), roster)));
    }

    [Fact]
    public void NeverPicksBetweenTwoPeopleOfTheSameName()
    {
        RosterMember[] roster = [Member(1, "Sri Wahyuni", "+628123400101"), Member(2, "Sri Wahyuni", "+628123400102")];
        Assert.Equal("Ambiguous 1 2", Describe(MemberMatcher.Match(new MemberRef.ByName("Sri Wahyuni"), roster)));
    }

    private static RosterMember Member(int number, string name, string phone) =>
        new(PersonId: 100 + number, ListNumber: number, Name: name, Phone: phone, Salutation: "Ibu", Role: Role.Anggota);

    private static string Describe(MemberMatch match) => match switch
    {
        MemberMatch.Found found => $"Found {found.Member.ListNumber}",
        MemberMatch.Ambiguous ambiguous => "Ambiguous " + string.Join(' ', ambiguous.Candidates.Select(m => m.ListNumber)),
        _ => "NotFound",
    };
}
