using Pkkpm.Conversations.Engine;
using Pkkpm.Conversations.Ledger;
using Pkkpm.Conversations.Money;
using Pkkpm.Conversations.Sms;

namespace Pkkpm.Conversations.History;

/// <summary>RIWAYAT: the member's latest entries that fit one SMS, each with its code.</summary>
internal static class HistoryFlow
{
    public static async Task<Next> AnswerAsync(Turn turn)
    {
        var member = turn.Sender;
        var entries = await turn.Data.GetRecentEntriesAsync(member.PersonId, member.HomeGroup!.GroupId, 12, turn.CancellationToken);
        if (entries.Count == 0)
        {
            turn.Say($"{member.Addressed}, belum ada catatan setoran atau angsuran.");
            return Next.Done;
        }

        var text = $"Riwayat {member.FirstName}:";
        foreach (var entry in entries)
        {
            var longer = $"{text} {Line(entry)};";
            if (!SmsLength.FitsOneSegment(longer)) break;
            text = longer;
        }
        turn.Say(text.TrimEnd(';') + ".");
        return Next.Done;
    }

    private static string Line(EntryInfo entry)
    {
        var what = entry.Kind switch
        {
            EntryKind.Setoran => "setor",
            EntryKind.Penarikan => "tarik",
            _ => "angsur",
        };
        var mark = entry.IsReversal ? "koreksi " : "";
        var undone = entry.IsReversed ? " (batal)" : "";
        return $"{entry.OccurredOn:dd/MM} {mark}{what} {Rupiah.Format(entry.Amount)} {entry.Code}{undone}";
    }
}
