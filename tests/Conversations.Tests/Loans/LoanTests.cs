using Pkkpm.Conversations.Loans;

namespace Pkkpm.Conversations.Tests.Loans;

public class LoanTests
{
    // Rp1.000.000 in 20 weekly instalments of Rp55.000 (the fee is inside the instalment).
    private static Loan Weekly(long repaid) =>
        new(1, 1_000_000, new DateOnly(2026, 10, 20), 20, 55_000, LoanFrequency.Mingguan, repaid);

    [Fact]
    public void Outstanding_is_what_is_left_of_all_instalments()
    {
        Assert.Equal(1_100_000, Weekly(0).Outstanding);
        Assert.Equal(880_000, Weekly(220_000).Outstanding);
        Assert.Equal(0, Weekly(1_100_000).Outstanding);
        Assert.Equal(0, Weekly(1_200_000).Outstanding);
    }

    [Fact]
    public void The_next_instalment_is_the_rest_of_a_part_paid_one()
    {
        Assert.Equal((55_000L, new DateOnly(2026, 10, 27)), Weekly(0).NextInstalment());
        Assert.Equal((25_000L, new DateOnly(2026, 11, 3)), Weekly(85_000).NextInstalment());
        Assert.Null(Weekly(1_100_000).NextInstalment());
    }

    [Fact]
    public void Arrears_count_only_instalments_already_due()
    {
        var today = new DateOnly(2026, 11, 17); // 4 instalments due: 27/10, 3/11, 10/11, 17/11
        Assert.Equal(0, Weekly(220_000).Arrears(today));
        Assert.Equal(110_000, Weekly(110_000).Arrears(today));
        Assert.Equal(2, Weekly(110_000).InstalmentsLate(today));
        Assert.Equal(1, Weekly(200_000).InstalmentsLate(today)); // 20.000 short counts as one late
        Assert.Equal(0, Weekly(0).Arrears(new DateOnly(2026, 10, 26)));
    }

    [Fact]
    public void Monthly_loans_fall_due_on_the_same_day_each_month()
    {
        var loan = new Loan(2, 3_000_000, new DateOnly(2026, 1, 31), 6, 530_000, LoanFrequency.Bulanan, 0);
        Assert.Equal(new DateOnly(2026, 2, 28), loan.DueDate(1));
        Assert.Equal(new DateOnly(2026, 3, 31), loan.DueDate(2));
        Assert.Equal(1_060_000, loan.Arrears(new DateOnly(2026, 3, 31)));
    }

    [Fact]
    public void Arrears_never_exceed_the_outstanding()
    {
        Assert.Equal(1_100_000, Weekly(0).Arrears(new DateOnly(2027, 12, 31)));
    }

    [Fact]
    public void Instalments_due_are_those_whose_due_date_has_come_for_every_cadence()
    {
        // Disbursed on a 31st: the monthly dates clamp to shorter months and come back to the 31st.
        var disbursed = new DateOnly(2026, 1, 31);
        foreach (var frequency in Enum.GetValues<LoanFrequency>())
            foreach (var instalments in new[] { 1, 2, 7, 12, 50 })
            {
                var loan = new Loan(1, 1_000_000, disbursed, instalments, 30_000, frequency, 0);
                for (var day = disbursed.AddDays(-1); day <= disbursed.AddYears(5); day = day.AddDays(1))
                {
                    var counted = Enumerable.Range(1, instalments).Count(k => loan.DueDate(k) <= day);
                    Assert.True(counted == loan.InstalmentsDue(day), $"{frequency} x{instalments} on {day:yyyy-MM-dd}: {counted} due, said {loan.InstalmentsDue(day)}");
                }
            }
    }
}
