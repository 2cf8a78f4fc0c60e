using Pkkpm.Conversations.Money;
using Pkkpm.Conversations.Deposits;

namespace Pkkpm.Conversations.Tests.Deposits;

/// <summary>SETOR, ANGSURAN and TARIK arguments as treasurers type them. Each expected line is
/// written "member amount [amount as typed]": #2 is list number 2, +62... a phone, anything else a
/// name; an outcome other than Ok is named before the amount.</summary>
public class EntryLinesTests
{
    private const long Max = 10_000_000;

    [Theory]
    [InlineData("Sri 50rb, Siti 25rb", "Sri 50000 [50rb] | Siti 25000 [25rb]")]
    [InlineData("1 50rb 2 25rb", "#1 50000 [50rb] | #2 25000 [25rb]")]
    [InlineData("1 50.000 2 25.000", "#1 50000 [50.000] | #2 25000 [25.000]")]
    [InlineData("Sri Wahyuni Rp 50.000,-", "Sri Wahyuni 50000 [Rp 50.000,-]")]
    [InlineData("0812-3400-107 50rb", "+628123400107 50000 [50rb]")]
    [InlineData("+62 812 3400 107 50 ribu", "+628123400107 50000 [50 ribu]")]
    [InlineData("sri 50rb; siti 1jt500", "sri 50000 [50rb] | siti 1500000 [1jt500]")]
    [InlineData("Sri lima puluh ribu", "Sri 50000 [lima puluh ribu]")]
    [InlineData("3 50rb 4 50rb 5 1,5jt", "#3 50000 [50rb] | #4 50000 [50rb] | #5 1500000 [1,5jt]")]
    [InlineData("Sri#50rb#Siti#25rb", "Sri 50000 [50rb] | Siti 25000 [25rb]")]
    [InlineData("Sri 50rb\nSiti 25rb\r\n3 10.000", "Sri 50000 [50rb] | Siti 25000 [25rb] | #3 10000 [10.000]")]
    public void ReadsEveryExampleFromTheBrief(string arguments, string expected)
    {
        Assert.Equal(expected, Describe(EntryLines.Parse(arguments, Max)));
    }

    [Theory]
    [InlineData("Sri 50", "Sri AskBack 50000 [50]")]
    [InlineData("2 50", "#2 AskBack 50000 [50]")]
    [InlineData("1 50 2 25", "#1 AskBack 50000 [50] | #2 AskBack 25000 [25]")]
    [InlineData("Sri Wahyuni 1jt 500rb", "Sri Wahyuni 1500000 [1jt 500rb]")]
    [InlineData("Sri 1 jt 500 rb", "Sri 1500000 [1 jt 500 rb]")]
    [InlineData("siti 0", "siti Zero 0 [0]")]
    [InlineData("siti -5000", "siti Negative -5000 [-5000]")]
    [InlineData("Sri 50jt", "Sri TooLarge 50000000 [50jt]")]
    [InlineData("Sri 1,5", "Sri Ambiguous 0 [1,5]")]
    [InlineData("Sri 50rb Siti 25rb", "Sri 50000 [50rb] | Siti 25000 [25rb]")]
    [InlineData("Sri 50 rb Siti 25 rb", "Sri 50000 [50 rb] | Siti 25000 [25 rb]")]
    [InlineData("Sri 1jt 500 Siti 50rb", "Sri 1500000 [1jt 500] | Siti 50000 [50rb]")]
    [InlineData("1 50 000 2 25 000", "#1 50000 [50 000] | #2 25000 [25 000]")]
    [InlineData("1 1jt 2 500", "#1 1000000 [1jt] | #2 AskBack 500000 [500]")]
    [InlineData("1 1jt 2 500rb", "#1 1000000 [1jt] | #2 500000 [500rb]")]
    [InlineData("12 Rp 50.000", "#12 50000 [Rp 50.000]")]
    [InlineData("Siti Aminah seket ewu", "Siti Aminah 50000 [seket ewu]")]
    [InlineData("Bu Sri 50rb dan Pak Budi 25rb", "Bu Sri 50000 [50rb] | Pak Budi 25000 [25rb]")]
    [InlineData("Sri: 50rb, Siti = 25rb", "Sri 50000 [50rb] | Siti 25000 [25rb]")]
    [InlineData("Sri.50.000", "Sri 50000 [50.000]")]
    [InlineData("Sri Rp.50.000", "Sri 50000 [Rp.50.000]")]
    [InlineData("Sri 50rb. Siti 25rb.", "Sri 50000 [50rb] | Siti 25000 [25rb]")]
    [InlineData("Sri, 50rb", "Sri 50000 [50rb]")]
    [InlineData("Sri 50.000,-, Siti 25.000,-", "Sri 50000 [50.000,-] | Siti 25000 [25.000,-]")]
    [InlineData("Ma'ruf 10rb", "Ma'ruf 10000 [10rb]")]
    [InlineData("+62 (0)812 3400 107 25rb", "+628123400107 25000 [25rb]")]
    [InlineData("0812 3400 107 50 000", "+628123400107 50000 [50 000]")]
    [InlineData("6281234001070 Rp 25.000", "+6281234001070 25000 [Rp 25.000]")]
    public void ReadsTrickyMessages(string arguments, string expected)
    {
        Assert.Equal(expected, Describe(EntryLines.Parse(arguments, Max)));
    }

    [Fact]
    public void PassesTheLimitToTheAmountParser()
    {
        Assert.Equal("Sri TooLarge 600000 [600rb]", Describe(EntryLines.Parse("Sri 600rb", maxPerEntry: 500_000)));
    }

    [Theory]
    [InlineData("", EntryProblem.Empty, "")]
    [InlineData("  , ", EntryProblem.Empty, "")]
    [InlineData("Sri", EntryProblem.MissingAmount, "Sri")]
    [InlineData("Sri 50rb, Siti", EntryProblem.MissingAmount, "Siti")]
    [InlineData("Sri 50rb Siti Aminah", EntryProblem.MissingAmount, "Siti Aminah")]
    [InlineData("Sri dan Siti 50rb", EntryProblem.MissingAmount, "Sri")]
    // A lone small number is read as a list number: "SETOR 50" asks for the amount.
    [InlineData("50", EntryProblem.MissingAmount, "50")]
    [InlineData("50rb", EntryProblem.MissingMember, "50rb")]
    [InlineData("Sri 50rb, 25rb", EntryProblem.MissingMember, "25rb")]
    [InlineData("50 000", EntryProblem.MissingMember, "50 000")]
    [InlineData("Rp 50.000 Sri", EntryProblem.MissingMember, "Rp 50.000")]
    [InlineData("Sri lima pulu ribu", EntryProblem.Unreadable, "lima pulu ribu")]
    [InlineData("Sri 50rb@", EntryProblem.Unreadable, "50rb@")]
    [InlineData("Sri 50rb, S@ri 25rb", EntryProblem.Unreadable, "S@ri 25rb")]
    [InlineData("Sri 50rb 25rb", EntryProblem.MissingMember, "25rb")]
    public void SaysWhichPartItCouldNotRead(string arguments, EntryProblem problem, string fragment)
    {
        var result = EntryLines.Parse(arguments, Max);
        Assert.Equal(new EntryError(problem, fragment), result.Error);
        Assert.Empty(result.Lines);
    }

    [Fact]
    public void ReadsAWholeMeetingInOneMessage()
    {
        // 40 members without a comma: the search must stay polynomial.
        var arguments = string.Join(' ', Enumerable.Range(1, 40).Select(n => $"{n} {n} rb"));
        var lines = EntryLines.Parse(arguments, Max).Lines;
        Assert.Equal(Enumerable.Range(1, 40).Select(n => n * 1000L), lines.Select(l => l.Amount.Amount));
        Assert.Equal(Enumerable.Range(1, 40).Select(n => new MemberRef.ByNumber(n)), lines.Select(l => l.Member));
    }

    [Fact]
    public void GivesMembersAsRecords()
    {
        var lines = EntryLines.Parse("2 50rb, 0812-3400-107 25rb, Bu  Sri 10rb", Max).Lines;
        Assert.Equal(
            [new MemberRef.ByNumber(2), new MemberRef.ByPhone("+628123400107"), new MemberRef.ByName("Bu Sri")],
            lines.Select(l => l.Member));
        Assert.Equal(new AmountReading(AmountOutcome.Ok, 50_000), lines[0].Amount);
    }

    private static string Describe(EntryLinesResult result)
    {
        Assert.Null(result.Error);
        return string.Join(" | ", result.Lines.Select(line =>
        {
            var member = line.Member switch
            {
                MemberRef.ByNumber number => "#" + number.ListNumber,
                MemberRef.ByPhone phone => phone.E164,
                MemberRef.ByName name => name.Name,
                _ => "?",
            };
            var outcome = line.Amount.IsOk ? "" : line.Amount.Outcome + " ";
            return $"{member} {outcome}{line.Amount.Amount} [{line.AmountText}]";
        }));
    }
}
