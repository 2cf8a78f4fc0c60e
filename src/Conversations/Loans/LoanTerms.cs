namespace Pkkpm.Conversations.Loans;

/// <summary>
/// What a disbursement comes to: the flat fee on the principal for the term, and the instalment,
/// (principal + fee) / instalments rounded UP to Rp500 so that nobody handles coins below it and the
/// total never falls short of principal + fee. An explicit instalment (CAIR ... angsuran 45rb)
/// replaces the computed one; it must still cover the principal.
/// </summary>
public sealed record LoanTerms(long Principal, int Instalments, LoanFrequency Frequency, long Fee, long Instalment, bool InstalmentGiven)
{
    public const long RoundTo = 500;

    public long Total => Instalment * Instalments;

    public static LoanTerms Compute(long principal, int instalments, LoanFrequency frequency, long? instalment, LoanOptions options)
    {
        var fee = (long)Math.Round(principal * options.MonthlyFeePercent / 100 * LoanCadence.Months(frequency, instalments), MidpointRounding.AwayFromZero);
        var computed = (principal + fee + instalments * RoundTo - 1) / (instalments * RoundTo) * RoundTo;
        return new LoanTerms(principal, instalments, frequency, fee, instalment ?? computed, instalment is not null);
    }

    /// <summary>The schedule a loan disbursed on <paramref name="disbursedOn"/> follows.</summary>
    public Loan AsLoan(DateOnly disbursedOn) => new(0, Principal, disbursedOn, Instalments, Instalment, Frequency, 0);
}
