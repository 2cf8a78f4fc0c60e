namespace Pkkpm.Conversations.Loans;

/// <summary>
/// The programme's loan terms (bound from Loans__* in the host). The defaults follow PNPM's and
/// Mekaar's practice (domain.md, "Loans"): a flat fee of 1.5 % of the principal a month, terms up
/// to 50 weeks or 12 months, a few million rupiah a member.
/// </summary>
public sealed class LoanOptions
{
    /// <summary>The flat fee (jasa), in percent of the principal per month of the term.</summary>
    public decimal MonthlyFeePercent { get; set; } = 1.5m;

    /// <summary>Smaller loans are more likely a typo ("200" for 2jt) than a business loan.</summary>
    public long MinPrincipal { get; set; } = 100_000;

    /// <summary>Three times Mekaar's largest loan: above it a zero too many is likelier than a real loan.</summary>
    public long MaxPrincipal { get; set; } = 50_000_000;

    /// <summary>A group with a member this many days behind cannot borrow again (tanggung renteng).</summary>
    public int GroupArrearsDays { get; set; } = 30;

    /// <summary>The hour (WIB) on Monday when members who asked for it are reminded of their arrears.</summary>
    public int ReminderHour { get; set; } = 9;
}
