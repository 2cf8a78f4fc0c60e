using Pkkpm.Conversations.Engine;
using Pkkpm.Conversations.Ledger;
using Pkkpm.Conversations.Loans;
using Pkkpm.Conversations.Money;

namespace Pkkpm.Conversations.Deposits;

/// <summary>
/// Money checked against the books, both before a summary is shown and again at YA (another
/// message may have changed the books in between): no amount above the maximum per entry, no
/// withdrawal above the savings, no repayment without a running loan or above what is left of it.
/// </summary>
internal static class BookChecks
{
    /// <summary>At YA: the members' books are held for the rest of the turn before they are read, so
    /// two confirmations for one member at the same moment (two treasurers' TARIK) are checked one
    /// after the other, each against what the other recorded.</summary>
    public static async Task<string?> ProblemBeforeRecordingAsync(Turn turn, EntriesDraft draft)
    {
        // A deposit only adds: it breaks no limit, so it waits for nobody.
        if (draft.Kind != EntryKind.Setoran)
            await turn.Data.HoldBooksAsync(draft.Lines.Where(l => l.Amount > 0).Select(l => l.PersonId!.Value).ToList(), turn.CancellationToken);
        return await ProblemAsync(turn, draft);
    }

    /// <summary>What is wrong with the draft, or null; sets each angsuran line's loan.</summary>
    public static async Task<string?> ProblemAsync(Turn turn, EntriesDraft draft)
    {
        var lines = draft.Lines.Where(l => l.Amount > 0).ToList();
        foreach (var line in lines)
        {
            if (AmountLimit.Problem(line.Amount!.Value, turn.Options.MaxAmountPerEntry, line.Name) is { } tooLarge)
                return tooLarge;
        }
        if (draft.Kind == EntryKind.Setoran) return null;

        foreach (var person in lines.GroupBy(l => l.PersonId!.Value))
        {
            var ofPerson = person.ToList();
            var name = ofPerson[0].Name;
            var total = ofPerson.Sum(l => l.Amount!.Value);
            var statement = await turn.Data.GetStatementAsync(person.Key, draft.GroupId, turn.CancellationToken);
            if (draft.Kind == EntryKind.Penarikan)
            {
                if (total > statement.Savings)
                    return $"Penarikan {name} {Rupiah.Format(total)} melebihi tabungannya {Rupiah.Format(statement.Savings)}. Tidak ada yang disimpan.";
                continue;
            }

            var loan = statement.RunningLoans.FirstOrDefault();
            if (loan is null) return $"{name} tidak punya pinjaman yang belum lunas. Tidak ada yang disimpan.";
            if (RepaymentProblem(loan, total, name) is { } problem) return problem;
            foreach (var line in ofPerson) line.LoanId = loan.LoanId;
        }
        return null;
    }

    /// <summary>An instalment above what is left of the loan is a slip to question, not to book.</summary>
    public static string? RepaymentProblem(Loan loan, long amount, string name) => amount > loan.Outstanding
        ? $"Angsuran {Rupiah.Format(amount)} melebihi sisa pinjaman {name} {Rupiah.Format(loan.Outstanding)}. Mohon periksa lagi."
        : null;
}
