using Pkkpm.Conversations.Engine;
using Pkkpm.Conversations.Ledger;
using Pkkpm.Conversations.Money;

namespace Pkkpm.Conversations.Corrections;

/// <summary>
/// KOREKSI kode: the treasurer reverses an entry of their group. Nothing is edited or deleted: a
/// reversing entry is added after YA, the member gets a receipt, and open disputes close.
/// </summary>
internal static class EntryCorrections
{
    public static async Task<Next> StartAsync(Turn turn, Pending pending, string arguments)
    {
        var group = turn.Sender.HomeGroup!;
        var (code, _) = CodeArgument.Split(arguments);
        if (code is null)
        {
            turn.Say("Tulis: KOREKSI kode, misalnya KOREKSI K7QA. Kode ada di tanda terima dan di RIWAYAT anggota.");
            return Next.Done;
        }

        var entry = await turn.Data.FindEntryAsync(code, turn.CancellationToken);
        if (entry is null || entry.GroupId != group.GroupId)
        {
            turn.Say(CorrectionTexts.CodeNotFound(code, group.Name));
            return Next.Done;
        }
        if (entry.IsReversal || entry.IsReversed)
        {
            turn.Say(entry.IsReversal
                ? $"Kode {entry.Code} adalah catatan koreksi dan tidak bisa dikoreksi lagi. Catat ulang jumlah yang benar."
                : $"Catatan {entry.Code} sudah pernah dikoreksi.");
            return Next.Done;
        }

        var roster = await turn.Data.GetRosterAsync(group.GroupId, turn.CancellationToken);
        var member = roster.First(m => m.PersonId == entry.PersonId);
        pending.Draft = new CorrectionDraft
        {
            EntryCode = entry.Code,
            MemberName = member.Name,
            MemberPhone = member.Phone,
            MemberSalutation = member.Salutation,
            Question = $"Koreksi: batalkan {EntryNames.Noun(entry.Kind)} {Rupiah.Format(entry.Amount)} {member.Name} tgl {entry.OccurredOn:dd/MM} (kode {entry.Code})?",
        };
        return Next.Confirm;
    }
}
