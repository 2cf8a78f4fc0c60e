namespace Pkkpm.Conversations.Loans;

/// <summary>A disbursement as the pendamping confirms it (by YA or in the console): kept with the summary until then.</summary>
/// <param name="MemberAddressed">"Ibu Sri": how the summary and her schedule address her.</param>
/// <param name="FirstDue">As the summary showed it; when recorded, the schedule starts from that day's date.</param>
public sealed record LoanRequest(
    long GroupId, string GroupCode, string GroupName,
    long PersonId, string MemberName, string MemberPhone, string MemberSalutation, string MemberAddressed,
    long Principal, int Instalments, LoanFrequency Frequency, decimal FeePercent, long Fee, long Instalment, bool InstalmentGiven,
    DateOnly FirstDue)
{
    /// <summary>The summary's lines: the loan, then its instalments.</summary>
    public IEnumerable<string> Summary() => LoanTexts.Summary(this);
}
