using Pkkpm.Conversations.Loans;
using Pkkpm.Conversations.People;

namespace Pkkpm.Conversations.Tests.Loans;

public class DisbursementParserTests
{
    private static readonly GroupRef[] Groups = [new(1, "MAWAR", "KPB Mawar"), new(2, "MELATI", "KPB Melati")];

    [Theory]
    [InlineData("Slamet 2jt 50x mingguan", null, "Slamet", "2jt", 50, LoanFrequency.Mingguan, null)]
    [InlineData("MAWAR Bu Sri W 3 juta 12 x bulanan", "MAWAR", "Bu Sri W", "3 juta", 12, LoanFrequency.Bulanan, null)]
    [InlineData("melati Darmi dua juta 10 kali selapanan", "MELATI", "Darmi", "dua juta", 10, LoanFrequency.Selapanan, null)]
    [InlineData("Yu Painem#1,5jt#25x#dwimingguan", null, "Yu Painem", "1,5jt", 25, LoanFrequency.Dwimingguan, null)]
    [InlineData("Sri 2jt 50x mingguan angsuran 45rb", null, "Sri", "2jt", 50, LoanFrequency.Mingguan, "45rb")]
    public void Reads_the_name_amount_count_and_cadence(string typed, string? code, string name, string amount, int count, LoanFrequency frequency, string? instalment)
    {
        Assert.Equal(new Disbursement(code, name, amount, count, frequency, instalment), DisbursementParser.Parse(typed, Groups));
    }

    [Theory]
    [InlineData("")]
    [InlineData("Slamet 2jt")]
    [InlineData("Slamet 2jt 50x")]
    [InlineData("Slamet 2jt 50x harian")]
    [InlineData("2jt 50x mingguan")]
    public void Without_a_name_amount_count_and_cadence_there_is_nothing(string typed)
    {
        Assert.Null(DisbursementParser.Parse(typed, Groups));
    }
}
