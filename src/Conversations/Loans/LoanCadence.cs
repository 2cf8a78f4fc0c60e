namespace Pkkpm.Conversations.Loans;

/// <summary>How often instalments fall due: the words people type, the longest term, the length of a period.</summary>
public static class LoanCadence
{
    private static readonly Dictionary<string, LoanFrequency> Words = new(StringComparer.OrdinalIgnoreCase)
    {
        ["mingguan"] = LoanFrequency.Mingguan, ["minggu"] = LoanFrequency.Mingguan, ["perminggu"] = LoanFrequency.Mingguan,
        ["seminggu"] = LoanFrequency.Mingguan, ["weekly"] = LoanFrequency.Mingguan,
        ["bulanan"] = LoanFrequency.Bulanan, ["bulan"] = LoanFrequency.Bulanan, ["perbulan"] = LoanFrequency.Bulanan,
        ["sebulan"] = LoanFrequency.Bulanan, ["sasi"] = LoanFrequency.Bulanan, ["sasen"] = LoanFrequency.Bulanan,
        ["dwimingguan"] = LoanFrequency.Dwimingguan, ["2mingguan"] = LoanFrequency.Dwimingguan, ["2minggu"] = LoanFrequency.Dwimingguan,
        ["duamingguan"] = LoanFrequency.Dwimingguan,
        ["selapanan"] = LoanFrequency.Selapanan, ["selapan"] = LoanFrequency.Selapanan, ["lapanan"] = LoanFrequency.Selapanan,
    };

    public static bool TryRead(string word, out LoanFrequency frequency) => Words.TryGetValue(word.Trim('.', ',', '#', ':'), out frequency);

    /// <summary>As the database and the replies write it: "mingguan".</summary>
    public static string Code(LoanFrequency frequency) => frequency.ToString().ToLowerInvariant();

    /// <summary>The longest term: 50 weeks or 12 months (domain.md), about 350 days at the other cadences.</summary>
    public static int MaxInstalments(LoanFrequency frequency) => frequency switch
    {
        LoanFrequency.Mingguan => 50,
        LoanFrequency.Dwimingguan => 25,
        LoanFrequency.Selapanan => 10,
        _ => 12,
    };

    /// <summary>The term in months, for the monthly fee: a month is 365/12 days at the day-counted cadences.</summary>
    public static decimal Months(LoanFrequency frequency, int instalments) => frequency switch
    {
        LoanFrequency.Bulanan => instalments,
        LoanFrequency.Mingguan => instalments * 7m * 12 / 365,
        LoanFrequency.Dwimingguan => instalments * 14m * 12 / 365,
        _ => instalments * 35m * 12 / 365,
    };
}
