using Pkkpm.Conversations.Deposits;
using Pkkpm.Conversations.Engine;
using Pkkpm.Conversations.Groups;
using Pkkpm.Conversations.Money;
using Pkkpm.Conversations.People;

namespace Pkkpm.Conversations.Loans;

/// <summary>
/// CAIR [KODE] nama jumlah kali x cadence [angsuran jumlah]: a pendamping records a loan to a member of
/// a group she accompanies. The member is found as SETOR finds her (name, panggilan, titles left out),
/// in the named group or in all of the pendamping's groups; the summary shows the fee, the instalment,
/// the first due date and the total; YA records the loan and sends the member her schedule.
/// </summary>
internal static class DisbursementFlow
{
    public static async Task<Next> StartAsync(Turn turn, Pending pending, string arguments)
    {
        var sender = turn.Sender;
        var options = turn.Options.Loans;
        if (DisbursementParser.Parse(arguments, sender.Groups) is not { } typed)
        {
            turn.Say(LoanTexts.Usage(sender));
            return Next.Done;
        }

        var principal = AmountParser.Parse(typed.AmountText, long.MaxValue);
        if (principal.Outcome is AmountOutcome.Ok or AmountOutcome.AskBack && (principal.Amount < options.MinPrincipal || principal.Amount > options.MaxPrincipal))
        {
            turn.Say(LoanTexts.PrincipalOutOfBounds(options));
            return Next.Done;
        }
        if (!principal.IsOk)
        {
            turn.Say(AmountTexts.Problem(principal, typed.AmountText, options.MaxPrincipal));
            return Next.Done;
        }
        if (typed.Instalments < 1 || typed.Instalments > LoanCadence.MaxInstalments(typed.Frequency))
        {
            turn.Say(LoanTexts.CountOutOfBounds(typed.Frequency));
            return Next.Done;
        }
        long? instalment = null;
        if (typed.InstalmentText is not null)
        {
            var given = AmountParser.Parse(typed.InstalmentText, options.MaxPrincipal);
            if (!given.IsOk)
            {
                turn.Say(AmountTexts.Problem(given, typed.InstalmentText, options.MaxPrincipal));
                return Next.Done;
            }
            instalment = given.Amount;
        }
        var terms = LoanTerms.Compute(principal.Amount, typed.Instalments, typed.Frequency, instalment, options);
        if (terms.Total < terms.Principal)
        {
            turn.Say(LoanTexts.InstalmentTooSmall(terms));
            return Next.Done;
        }

        var groups = typed.GroupCode is null ? sender.Groups : sender.Groups.Where(g => g.Code.Equals(typed.GroupCode, StringComparison.OrdinalIgnoreCase)).ToList();
        var fits = new List<(GroupRef Group, RosterMember Member)>();
        foreach (var group in groups)
        {
            var roster = await turn.Data.GetRosterAsync(group.GroupId, turn.CancellationToken);
            switch (MemberMatcher.Match(new MemberRef.ByName(typed.Name), roster))
            {
                case MemberMatch.Found found: fits.Add((group, found.Member)); break;
                case MemberMatch.Ambiguous ambiguous: fits.AddRange(ambiguous.Candidates.Select(c => (group, c))); break;
            }
        }
        if (fits.Count == 0)
        {
            turn.Say(LoanTexts.NotFound(typed.Name));
            return Next.Done;
        }
        if (fits.Count > 1)
        {
            turn.Say(LoanTexts.Ambiguous(typed.Name, fits.Select(f => $"{f.Member.Name} ({f.Group.Code})")));
            return Next.Done;
        }

        var (home, member) = fits[0];
        var addressed = $"{member.Salutation} {Names.Short(member.Name, member.Panggilan)}";
        if (await LoanChecks.RefusalAsync(turn, home.GroupId, home.Code, home.Name, member.PersonId, addressed) is { } refusal)
        {
            turn.Say(refusal);
            return Next.Done;
        }

        pending.Draft = new LoanDraft
        {
            GroupId = home.GroupId, GroupCode = home.Code, GroupName = home.Name,
            PersonId = member.PersonId, MemberName = member.Name, MemberPhone = member.Phone, MemberSalutation = member.Salutation, MemberAddressed = addressed,
            Principal = terms.Principal, Instalments = terms.Instalments, Frequency = terms.Frequency,
            FeePercent = options.MonthlyFeePercent, Fee = terms.Fee, Instalment = terms.Instalment, InstalmentGiven = terms.InstalmentGiven,
            FirstDue = terms.AsLoan(turn.Today).DueDate(1),
        };
        return Next.Confirm;
    }
}
