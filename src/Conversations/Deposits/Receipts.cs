using Pkkpm.Conversations.Turns;
using Pkkpm.Conversations.Engine;
using Pkkpm.Conversations.Ledger;
using Pkkpm.Conversations.Money;

namespace Pkkpm.Conversations.Deposits;

/// <summary>
/// The receipt a member gets for every entry recorded for them, at once, with the code to dispute
/// it: the treasurer records, the member checks.
/// </summary>
internal static class Receipts
{
    public const string Kind = OutboundKinds.Receipt;

    public static async Task SendAsync(Turn turn, long groupId, long personId, string phone, string salutation, EntryKind kind, long amount, RecordedEntry entry, string? reversedCode = null)
    {
        var statement = await turn.Data.GetStatementAsync(personId, groupId, turn.CancellationToken);
        var balance = kind == EntryKind.Angsuran ? statement.RunningLoans.Sum(l => l.Outstanding) : statement.Savings;
        var recorder = turn.Sender.ByRole;
        var what = reversedCode is null
            ? $"{EntryNames.Capitalized(kind)} {Rupiah.Format(amount)} dicatat {recorder}, kode {entry.Code}."
            : $"Koreksi: {EntryNames.Noun(kind)} {Rupiah.Format(amount)} (kode {reversedCode}) dibatalkan {recorder}.";
        var text = $"{what} {EntryNames.BalanceWord(kind)} {salutation} kini {Rupiah.Format(balance)}. Salah? Balas SALAH {entry.Code}";
        turn.Send(phone, text, Kind);
    }
}
