using Pkkpm.Conversations.Deposits;
using Pkkpm.Conversations.Engine;
using Pkkpm.Conversations.Groups;
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

        var (terms, refusal) = Disbursements.ReadTerms(typed, options);
        if (terms is null)
        {
            turn.Say(refusal!);
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
        var checkedRequest = await Disbursements.CheckAsync(turn.Data, options, turn.Today, home, member, terms, turn.CancellationToken);
        if (checkedRequest.Request is not { } request)
        {
            turn.Say(checkedRequest.Refusal!);
            return Next.Done;
        }
        pending.Draft = new LoanDraft { Request = request };
        return Next.Confirm;
    }
}
