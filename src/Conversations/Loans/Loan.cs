namespace Pkkpm.Conversations.Loans;

public enum LoanFrequency
{
    Mingguan,
    Bulanan,
    /// <summary>Every 14 days.</summary>
    Dwimingguan,
    /// <summary>Every 35 days: the Javanese cycle of a weekday and a market day ("Kamis Legi").</summary>
    Selapanan,
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

    /// <summary>Counted from the disbursement each time, never from the previous due date: a loan
    /// disbursed on the 31st falls due on the 28th of February and again on the 31st of March.</summary>
    public DateOnly DueDate(int instalment) => Frequency switch
    {
        LoanFrequency.Mingguan => DisbursedOn.AddDays(7 * instalment),
        LoanFrequency.Dwimingguan => DisbursedOn.AddDays(14 * instalment),
        LoanFrequency.Selapanan => DisbursedOn.AddDays(35 * instalment),
        _ => DisbursedOn.AddMonths(instalment),
    };

    /// <summary>How many instalments have fallen due by <paramref name="today"/>.</summary>
    public int InstalmentsDue(DateOnly today)
    {
        // Due dates only move forward, so the last one on or before today is found by halving: the
        // console computes this for every loan of a programme.
        var (dueBy, notYet) = (0, Instalments + 1);
        while (notYet - dueBy > 1)
        {
            var middle = (dueBy + notYet) / 2;
            if (DueDate(middle) <= today) dueBy = middle; else notYet = middle;
        }
        return dueBy;
    }

    /// <summary>What should have been paid by <paramref name="today"/> and was not.</summary>
    public long Arrears(DateOnly today) =>
        Math.Clamp(InstalmentsDue(today) * InstalmentAmount - Repaid, 0, Outstanding);

    /// <summary>How many instalments the arrears amount to, counting a part-paid one as one.</summary>
    public int InstalmentsLate(DateOnly today) =>
        (int)((Arrears(today) + InstalmentAmount - 1) / InstalmentAmount);

    /// <summary>Days since the first instalment not fully paid fell due; 0 when nothing is late.</summary>
    public int DaysLate(DateOnly today) => Arrears(today) == 0
        ? 0
        : today.DayNumber - DueDate((int)(Repaid / InstalmentAmount) + 1).DayNumber;

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
