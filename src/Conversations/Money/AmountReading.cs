namespace Pkkpm.Conversations.Money;

/// <summary>What <see cref="AmountParser"/> made of a typed amount. The reply texts belong to the
/// flows; this only says which case applies.</summary>
/// <param name="Amount">
/// Ok: the value. AskBack: the likely meaning (a bare 50 reads as 50000), to confirm with the user.
/// TooLarge: the value (long.MaxValue when it does not even fit). Negative: the value, negated
/// (-50000). Zero, Empty, NotANumber, Ambiguous: 0.
/// </param>
public sealed record AmountReading(AmountOutcome Outcome, long Amount)
{
    public bool IsOk => Outcome == AmountOutcome.Ok;

    internal static AmountReading Of(AmountOutcome outcome) => new(outcome, 0);
}

public enum AmountOutcome
{
    Ok,
    /// <summary>A bare number under 1.000 with no unit: almost surely thousands, but ask.</summary>
    AskBack,
    Empty,
    NotANumber,
    Negative,
    /// <summary>The amount is 0; the caller decides whether that means "did not deposit".</summary>
    Zero,
    /// <summary>A number we could read two ways (1,5 or 50.00 without a unit, 1.50.000), or one
    /// that is not whole rupiah (1,2345rb, Rp50.000,50).</summary>
    Ambiguous,
    TooLarge,
}
