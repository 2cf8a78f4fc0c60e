using Pkkpm.Conversations.Loans;

namespace Pkkpm.Conversations.Tests.Loans;

/// <summary>Instalments at other cadences than weekly, each counted from the disbursement.</summary>
public class CadenceTests
{
    private static Loan Of(LoanFrequency frequency, DateOnly disbursed, int instalments = 12, long repaid = 0) =>
        new(1, 1_000_000, disbursed, instalments, 100_000, frequency, repaid);

    [Fact]
    public void Dwimingguan_falls_due_every_14_days()
    {
        var loan = Of(LoanFrequency.Dwimingguan, new DateOnly(2026, 11, 27));
        Assert.Equal(new DateOnly(2026, 12, 11), loan.DueDate(1));
        Assert.Equal(new DateOnly(2026, 12, 25), loan.DueDate(2));
        Assert.Equal(new DateOnly(2027, 5, 14), loan.DueDate(12));
        Assert.Equal(100_000, loan.Arrears(new DateOnly(2026, 12, 24)));
        Assert.Equal(200_000, loan.Arrears(new DateOnly(2026, 12, 25)));
    }

    [Fact]
    public void Bulanan_from_the_31st_falls_on_each_month_end_and_back_to_the_31st()
    {
        var loan = Of(LoanFrequency.Bulanan, new DateOnly(2026, 12, 31));
        Assert.Equal(new DateOnly(2027, 1, 31), loan.DueDate(1));
        Assert.Equal(new DateOnly(2027, 2, 28), loan.DueDate(2));
        Assert.Equal(new DateOnly(2027, 3, 31), loan.DueDate(3));
        Assert.Equal(new DateOnly(2027, 4, 30), loan.DueDate(4));
        Assert.Equal(2, loan.InstalmentsLate(new DateOnly(2027, 3, 1)));
        Assert.Equal(1, loan.DaysLate(new DateOnly(2027, 2, 1)));
    }

    [Fact]
    public void Selapanan_falls_due_every_35_days_on_the_same_weekday_and_market_day()
    {
        var loan = Of(LoanFrequency.Selapanan, new DateOnly(2026, 11, 26), instalments: 10); // a Thursday
        Assert.Equal(new DateOnly(2026, 12, 31), loan.DueDate(1));
        Assert.Equal(DayOfWeek.Thursday, loan.DueDate(7).DayOfWeek);
        Assert.Equal(new DateOnly(2027, 11, 11), loan.DueDate(10));
        Assert.Equal(0, loan.Arrears(new DateOnly(2026, 12, 30)));
        Assert.Equal(35, Of(LoanFrequency.Selapanan, new DateOnly(2026, 11, 26), repaid: 100_000).DaysLate(new DateOnly(2027, 3, 11)));
    }

    [Theory]
    [InlineData(2_000_000, 50, LoanFrequency.Mingguan, 345_205, 47_000)]
    [InlineData(3_000_000, 12, LoanFrequency.Bulanan, 540_000, 295_000)]
    [InlineData(1_000_000, 10, LoanFrequency.Selapanan, 172_603, 117_500)]
    [InlineData(1_000_000, 25, LoanFrequency.Dwimingguan, 172_603, 47_000)]
    public void The_instalment_is_principal_and_fee_over_the_count_rounded_up_to_500(long principal, int count, LoanFrequency frequency, long fee, long instalment)
    {
        var terms = LoanTerms.Compute(principal, count, frequency, null, new LoanOptions());
        Assert.Equal((fee, instalment), (terms.Fee, terms.Instalment));
        Assert.True(terms.Total >= principal + fee);
        Assert.Equal(0, terms.Instalment % 500);
    }
}
