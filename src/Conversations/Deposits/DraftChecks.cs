using Pkkpm.Conversations.Engine;
using Pkkpm.Conversations.Money;

namespace Pkkpm.Conversations.Deposits;

/// <summary>
/// A draft checked against the books, both before it is shown and again at YA (another message
/// may have changed the books in between): no withdrawal above the savings, no repayment
/// without a running loan or above its outstanding.
/// </summary>
internal static class DraftChecks
{
    public static async Task<string?> ProblemAsync(Turn turn, Draft draft)
    {
        if (draft.Kind is not (DraftKind.Angsuran or DraftKind.Penarikan or DraftKind.Bayar)) return null;
        foreach (var person in draft.Lines.Where(l => l.Amount > 0).GroupBy(l => l.PersonId!.Value))
        {
            var lines = person.ToList();
            var name = lines[0].Name;
            var total = lines.Sum(l => l.Amount!.Value);
            var statement = await turn.Data.GetStatementAsync(person.Key, draft.GroupId, turn.CancellationToken);
            if (draft.Kind == DraftKind.Penarikan)
            {
                if (total > statement.Savings)
                    return $"Penarikan {name} {Rupiah.Format(total)} melebihi tabungannya {Rupiah.Format(statement.Savings)}. Tidak ada yang disimpan.";
                continue;
            }

            var loan = statement.RunningLoans.FirstOrDefault();
            if (loan is null) return draft.Kind == DraftKind.Bayar
                ? $"{turn.Sender.Addressed}, tidak ada pinjaman berjalan atas nama {turn.Sender.Salutation}."
                : $"{name} tidak punya pinjaman berjalan. Tidak ada yang disimpan.";
            if (total > loan.Outstanding)
                return $"Angsuran {Rupiah.Format(total)} melebihi sisa pinjaman {name} {Rupiah.Format(loan.Outstanding)}. Mohon periksa lagi.";
            foreach (var line in lines) line.LoanId = loan.LoanId;
        }
        return null;
    }
}
