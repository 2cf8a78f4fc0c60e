using Pkkpm.Conversations.Turns;
using Pkkpm.Conversations.Engine;
using Pkkpm.Conversations.Ledger;
using Pkkpm.Conversations.Money;
using Pkkpm.Conversations.People;
using Pkkpm.Conversations.Sms;

namespace Pkkpm.Conversations.Corrections;

/// <summary>
/// SALAH kode: a member says an entry recorded for them is wrong. The entry is marked disputed,
/// and the treasurer and the pendamping are told at once, so the numbers are looked at by someone
/// other than the person who wrote them.
/// </summary>
internal static class Disputes
{
    public const string Kind = OutboundKinds.Dispute;

    public static async Task<Next> OpenAsync(Turn turn, string arguments)
    {
        var member = turn.Sender;
        var group = member.HomeGroup!;
        var (code, reason) = CodeArgument.Split(arguments);
        if (code is null)
        {
            turn.Say("Tulis: SALAH kode, misalnya SALAH K7QA. Kode ada di tanda terima dan di RIWAYAT.");
            return Next.Done;
        }

        var entry = await turn.Data.FindEntryAsync(code, turn.CancellationToken);
        if (entry is null || entry.PersonId != member.PersonId || entry.GroupId != group.GroupId)
        {
            turn.Say(CorrectionTexts.CodeNotFound(code, $"catatan {turn.Sender.Salutation}"));
            return Next.Done;
        }
        if (entry.IsReversed)
        {
            turn.Say($"{member.Addressed}, catatan {entry.Code} sudah dikoreksi bendahara. Ketik SALDO untuk saldo terbaru.");
            return Next.Done;
        }

        // One open dispute per entry: the officers were told the first time; a second SALAH
        // (impatience, or an auto-responder) would only text them again.
        if (entry.HasOpenDispute)
        {
            turn.Say($"{member.Addressed}, catatan {entry.Code} sudah ditandai dan sedang diperiksa bendahara dan pendamping. Mohon ditunggu.");
            return Next.Done;
        }

        await turn.Data.OpenDisputeAsync(entry.EntryId, string.IsNullOrWhiteSpace(reason) ? null : reason, turn.CancellationToken);
        var officers = await turn.Data.GetOfficersAsync(group.GroupId, turn.CancellationToken);
        string Notice(string name) => $"Keberatan {name} ({group.Code}): {EntryNames.Noun(entry.Kind)} {Rupiah.Format(entry.Amount)} tgl {entry.OccurredOn:dd/MM} kode {entry.Code}.";
        foreach (var officer in officers)
        {
            var action = officer.Role == Role.Bendahara ? $" Balas KOREKSI {entry.Code} bila salah, TERIMA {entry.Code} bila benar." : " Mohon dibantu cek.";
            // A long name and a 9-digit amount: the first name, the code says which entry.
            var notice = Notice(Gsm7Text.Fold(member.Name)) + action;
            turn.Send(officer.Phone, SmsLength.FitsOneSegment(notice) ? notice : Notice(member.FirstName) + action, Kind);
        }
        turn.Say($"Terima kasih {member.Addressed}. Catatan {entry.Code} ditandai untuk diperiksa; bendahara dan pendamping sudah diberi tahu.");
        return Next.Done;
    }
}
