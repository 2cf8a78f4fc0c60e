using Pkkpm.Conversations.Engine;
using Pkkpm.Conversations.Ledger;
using Pkkpm.Conversations.Loans;
using Pkkpm.Conversations.Money;

namespace Pkkpm.Conversations.Deposits;

/// <summary>
/// Money checked against the books, both before a summary is shown and again at YA (another
/// message may have changed the books in between): no withdrawal above the savings, no repayment
/// without a running loan or above what is left of it.
/// </summary>
internal static class BookChecks
{
    /// <summary>What is wrong with the draft, or null; sets each angsuran line's loan.</summary>
    public static async Task<string?> ProblemAsync(Turn turn, EntriesDraft draft)
    {
        if (draft.Kind == EntryKind.Setoran) return null;
        foreach (var person in draft.Lines.Where(l => l.Amount > 0).GroupBy(l => l.PersonId!.Value))
        {
            var lines = person.ToList();
            var name = lines[0].Name;
            var total = lines.Sum(l => l.Amount!.Value);
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
            foreach (var line in lines) line.LoanId = loan.LoanId;
        }
        return null;
    }

    /// <summary>An instalment above what is left of the loan is a slip to question, not to book.</summary>
    public static string? RepaymentProblem(Loan loan, long amount, string name) => amount > loan.Outstanding
        ? $"Angsuran {Rupiah.Format(amount)} melebihi sisa pinjaman {name} {Rupiah.Format(loan.Outstanding)}. Mohon periksa lagi."
        : null;
}
