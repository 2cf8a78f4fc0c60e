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
    [InlineData("Mbah Painem", "Found 4")]
    [InlineData("Yu Sri W", "Found 1")]
    [InlineData("mBOK tukiyem", "Found 7")]
    [InlineData("Bude Siti A", "Found 3")]
    [InlineData("Pakde Budi", "Found 5")]
    [InlineData("Bulik Painem", "Found 4")]
    [InlineData("Paklik Budi S", "Found 5")]
    [InlineData("Mbak Sri Rejeki", "Found 2")]
    [InlineData("Bpk Budi", "Found 5")]
    [InlineData("Hj. Siti Aminah", "Found 3")]
    [InlineData("Hj.Siti", "Found 6")]
    [InlineData("HJ Siti Aminah", "Found 3")]
    [InlineData("H. Budi", "Found 5")]
    [InlineData("h budi", "Found 5")]
    [InlineData("Ny. Painem", "Found 4")]
    [InlineData("NY Sri R", "Found 2")]
    [InlineData("Bu Hj. Siti Aminah", "Found 3")] // several titles in a row
    [InlineData("Mbah Yu Painem", "Found 4")]
    [InlineData("Ibu Ny.Sri W", "Found 1")]
    [InlineData("Mbah Painm", "Found 4")]         // the typo rule still holds after a title
    [InlineData("Mbah", "NotFound")]              // only titles name nobody
    [InlineData("Yu", "NotFound")]
    [InlineData("Bu Hj.", "NotFound")]
    [InlineData("Ny.", "NotFound")]
    [InlineData("Mbah Joko", "NotFound")]
    public void IgnoresTitlesAndKinshipTermsBeforeAName(string name, string expected)
    {
        Assert.Equal(expected, Describe(MemberMatcher.Match(new MemberRef.ByName(name), Roster)));
    }

    [Theory]
    [InlineData("Slamet H", "Found 1")]      // "H" after a name is the start of a word of it, not Haji
    [InlineData("H Slamet H", "Found 1")]
    [InlineData("Slamet R", "Found 2")]
    [InlineData("Yuli", "Found 3")]          // "Yu" only as a whole word is a title
    [InlineData("Yu Yuli", "Found 3")]
    [InlineData("Masrukin", "Found 4")]
    public void StripsTitlesOnlyAsWholeWordsAtTheStart(string name, string expected)
    {
        RosterMember[] roster =
        [
            Member(1, "Slamet Haryono", "+628123400101"), Member(2, "Slamet Riyadi", "+628123400102"),
            Member(3, "Yuli Astuti", "+628123400103"), Member(4, "Masrukin", "+628123400104"),
        ];
        Assert.Equal(expected, Describe(MemberMatcher.Match(new MemberRef.ByName(name), roster)));
    }

    private static readonly RosterMember[] Called =
    [
        Member(1, "Sudarmi", "+628123400101", panggilan: "Darmi"),
        Member(2, "Supriyati", "+628123400102", panggilan: "Yati"),
        Member(3, "Widayati", "+628123400103", panggilan: "Yati"),
        Member(4, "Kartini", "+628123400104", panggilan: "Tini"),
        Member(5, "Tini", "+628123400105"),
        Member(6, "Sri Rejeki", "+628123400106", panggilan: "Rejeki"),
        Member(7, "Sri Wahyuni", "+628123400107"),
    ];

    [Theory]
    [InlineData("Darmi", "Found 1")]
    [InlineData("Sudarmi", "Found 1")]        // her name still finds her
    [InlineData("Bu Darmi", "Found 1")]
    [InlineData("Mbah Darm", "Found 1")]      // a panggilan is started like a name
    [InlineData("Darni", "Found 1")]          // and is one typo away like a name
    [InlineData("Yati", "Ambiguous 2 3")]     // two women called Yati: ask which
    [InlineData("Yu Yati", "Ambiguous 2 3")]
    [InlineData("Supri", "Found 2")]
    [InlineData("Tini", "Ambiguous 4 5")]     // one's panggilan is the other's name
    [InlineData("Kartini", "Found 4")]
    [InlineData("Rej", "Found 6")]            // her name and her panggilan both fit: still one person
    [InlineData("Sri", "Ambiguous 6 7")]
    [InlineData("Wahyu", "Found 7")]
    public void MatchesThePanggilanAsWellAsTheName(string name, string expected)
    {
        Assert.Equal(expected, Describe(MemberMatcher.Match(new MemberRef.ByName(name), Called)));
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

    private static RosterMember Member(int number, string name, string phone, string? panggilan = null) =>
        new(PersonId: 100 + number, ListNumber: number, Name: name, Phone: phone, Salutation: "Ibu", Role: Role.Anggota, Panggilan: panggilan);

    private static string Describe(MemberMatch match) => match switch
    {
        MemberMatch.Found found => $"Found {found.Member.ListNumber}",
        MemberMatch.Ambiguous ambiguous => "Ambiguous " + string.Join(' ', ambiguous.Candidates.Select(m => m.ListNumber)),
        _ => "NotFound",
    };
}
