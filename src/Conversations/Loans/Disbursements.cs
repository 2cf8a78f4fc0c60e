using Pkkpm.Conversations.Deposits;
using Pkkpm.Conversations.Groups;
using Pkkpm.Conversations.Money;
using Pkkpm.Conversations.People;
using Pkkpm.Conversations.Turns;

namespace Pkkpm.Conversations.Loans;

/// <summary>
/// The rules of a disbursement, shared by CAIR and the console's form: the amounts as typed (bounds,
/// fee, instalment), whether the member may borrow now, the summary, and the recording with the
/// schedule SMS to the member. Only the way to the member differs (her name in the chat, her page in
/// the console).
/// </summary>
public static class Disbursements
{
    /// <summary>The terms the typed amounts come to, or why they are refused.</summary>
    public static (LoanTerms? Terms, string? Refusal) ReadTerms(Disbursement typed, LoanOptions options)
    {
        var principal = AmountParser.Parse(typed.AmountText, long.MaxValue);
        if (principal.Outcome is AmountOutcome.Ok or AmountOutcome.AskBack && (principal.Amount < options.MinPrincipal || principal.Amount > options.MaxPrincipal))
            return (null, LoanTexts.PrincipalOutOfBounds(options));
        if (!principal.IsOk)
            return (null, AmountTexts.Problem(principal, typed.AmountText, options.MaxPrincipal));
        if (typed.Instalments < 1 || typed.Instalments > LoanCadence.MaxInstalments(typed.Frequency))
            return (null, LoanTexts.CountOutOfBounds(typed.Frequency));
        long? instalment = null;
        if (typed.InstalmentText is not null)
        {
            var given = AmountParser.Parse(typed.InstalmentText, options.MaxPrincipal);
            if (!given.IsOk)
                return (null, AmountTexts.Problem(given, typed.InstalmentText, options.MaxPrincipal));
            instalment = given.Amount;
        }
        var terms = LoanTerms.Compute(principal.Amount, typed.Instalments, typed.Frequency, instalment, options);
        return terms.Total < terms.Principal ? (null, LoanTexts.InstalmentTooSmall(terms)) : (terms, null);
    }

    /// <summary>The console's way in: a member of <paramref name="group"/> by her id, the amounts as typed on the form.</summary>
    public static async Task<Checked<LoanRequest>> CheckMemberAsync(IConversationData data, Sender by, LoanOptions options, DateOnly today,
        GroupRef group, long personId, Disbursement typed, CancellationToken cancellationToken)
    {
        if (!ManagedGroups.Manages(by, group.GroupId))
            return Checked<LoanRequest>.Refused($"Maaf {by.Addressed}, {group.Name} bukan kelompok dampingan {by.Salutation}. Tidak ada yang dicatat.");
        var (terms, refusal) = ReadTerms(typed, options);
        if (terms is null) return Checked<LoanRequest>.Refused(refusal!);
        var roster = await data.GetRosterAsync(group.GroupId, cancellationToken);
        if (roster.FirstOrDefault(m => m.PersonId == personId) is not { } member)
            return Checked<LoanRequest>.Refused(LoanTexts.NotFound(typed.Name));
        return await CheckAsync(data, options, today, group, member, terms, cancellationToken);
    }

    /// <summary>The member found: may she borrow now? If so, the request to confirm.</summary>
    public static async Task<Checked<LoanRequest>> CheckAsync(IConversationData data, LoanOptions options, DateOnly today,
        GroupRef group, RosterMember member, LoanTerms terms, CancellationToken cancellationToken)
    {
        var addressed = $"{member.Salutation} {Names.Short(member.Name, member.Panggilan)}";
        if (await LoanChecks.RefusalAsync(data, options, today, group.GroupId, group.Code, group.Name, member.PersonId, addressed, cancellationToken) is { } refusal)
            return Checked<LoanRequest>.Refused(refusal);
        return Checked<LoanRequest>.Ready(new LoanRequest(group.GroupId, group.Code, group.Name,
            member.PersonId, member.Name, member.Phone, member.Salutation, addressed,
            terms.Principal, terms.Instalments, terms.Frequency, options.MonthlyFeePercent, terms.Fee, terms.Instalment, terms.InstalmentGiven,
            terms.AsLoan(today).DueDate(1)));
    }

    /// <summary>Records the loan with its schedule, checked again first; the member's schedule is the SMS to send.</summary>
    public static async Task<PeopleOutcome> RecordAsync(IConversationData data, Sender by, LoanOptions options, DateOnly today,
        LoanRequest request, CancellationToken cancellationToken)
    {
        // Checked again: a loan recorded or a payment missed between the summary and YA changes the answer.
        await data.HoldBooksAsync([request.PersonId], cancellationToken);
        if (await LoanChecks.RefusalAsync(data, options, today, request.GroupId, request.GroupCode, request.GroupName, request.PersonId,
                request.MemberAddressed, cancellationToken) is { } refusal)
            return PeopleOutcome.Refused(refusal);
        var loan = new Loan(0, request.Principal, today, request.Instalments, request.Instalment, request.Frequency, 0);
        await data.RecordLoanAsync(new NewLoan(request.GroupId, request.PersonId, request.Principal, today, request.Instalments, request.Instalment,
            request.Frequency), cancellationToken);
        return new PeopleOutcome(true, LoanTexts.Recorded(request),
            [new QueueOutbound(request.MemberPhone, null, LoanTexts.Schedule(request, loan, by), OutboundKinds.Receipt)]);
    }
}
