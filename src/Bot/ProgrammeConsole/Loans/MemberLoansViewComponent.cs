using Microsoft.AspNetCore.Mvc;
using Pkkpm.Bot.ProgrammeConsole.Access;
using Pkkpm.Bot.ProgrammeConsole.People;
using Pkkpm.Conversations.Loans;
using Pkkpm.Data;
using Pkkpm.Data.Console;
using Pkkpm.Data.Stores;

namespace Pkkpm.Bot.ProgrammeConsole.Loans;

/// <summary>
/// The member page's loans, read as SALDO reads them (the chat's store, so "sisa" is the same figure
/// the member gets by SMS), and for whoever may record one the way to /pinjaman-baru.
/// </summary>
public sealed class MemberLoansViewComponent(IDatabase database, TimeProvider clock) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(long personId, IReadOnlyList<ConsolePeople.Group> groups)
    {
        var cancellationToken = HttpContext.RequestAborted;
        var loans = await database.ReadAsync(async connection =>
        {
            await using var snapshot = await ReadSnapshot.BeginAsync(connection, cancellationToken);
            var data = ConversationData.ForConsole(connection, snapshot, "", clock.GetUtcNow());
            var found = new List<MemberLoanRow>();
            foreach (var group in groups)
                found.AddRange((await data.GetGroupLoansAsync(group.GroupId, cancellationToken))
                    .Where(l => l.PersonId == personId).Select(l => new MemberLoanRow(group, l.Loan)));
            return found;
        }, cancellationToken);
        return View("/ProgrammeConsole/Loans/_MemberLoans.cshtml",
            new MemberLoansView(personId, loans, ManagedGroupPage.MayManagePeople(HttpContext.Viewer())));
    }
}

/// <summary>A loan of the member's, and in which group.</summary>
public sealed record MemberLoanRow(ConsolePeople.Group Group, Loan Loan);

/// <summary>What the member page's loan section shows; <paramref name="MayDisburse"/>: the link to the form.</summary>
public sealed record MemberLoansView(long PersonId, IReadOnlyList<MemberLoanRow> Loans, bool MayDisburse);
