namespace Pkkpm.Conversations.Loans;

public enum LoanFrequency
{
    Mingguan,
    Bulanan,
}

/// <summary>
/// A loan as agreed at disbursement, and what has been repaid on it so far. The total to repay is
/// the instalments times the instalment amount: the flat fee (jasa) is already inside each
/// instalment, so "sisa pinjaman" is what the member still has to bring, not the principal left.
/// </summary>
public sealed record Loan(
    long LoanId,
    long Principal,
    DateOnly DisbursedOn,
    int Instalments,
    long InstalmentAmount,
    LoanFrequency Frequency,
    long Repaid)
{
    public long TotalToRepay => Instalments * InstalmentAmount;

    public long Outstanding => Math.Max(0, TotalToRepay - Repaid);

    public DateOnly DueDate(int instalment) => Frequency == LoanFrequency.Mingguan
        ? DisbursedOn.AddDays(7 * instalment)
        : DisbursedOn.AddMonths(instalment);

    /// <summary>What should have been paid by <paramref name="today"/> and was not.</summary>
    public long Arrears(DateOnly today)
    {
        var instalmentsDue = Enumerable.Range(1, Instalments).Count(k => DueDate(k) <= today);
        return Math.Clamp(instalmentsDue * InstalmentAmount - Repaid, 0, Outstanding);
    }

    /// <summary>How many instalments the arrears amount to, counting a part-paid one as one.</summary>
    public int InstalmentsLate(DateOnly today) =>
        (int)((Arrears(today) + InstalmentAmount - 1) / InstalmentAmount);

    /// <summary>The next instalment still to pay (the rest of it, when part-paid) and its due date.</summary>
    public (long Amount, DateOnly Due)? NextInstalment()
    {
        if (Outstanding == 0) return null;
        var fullyPaid = (int)(Repaid / InstalmentAmount);
        var next = fullyPaid + 1;
        var amount = Math.Min(next * InstalmentAmount - Repaid, Outstanding);
        return (amount, DueDate(Math.Min(next, Instalments)));
    }
}
