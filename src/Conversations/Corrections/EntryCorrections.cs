using Pkkpm.Conversations.Engine;
using Pkkpm.Conversations.Ledger;
using Pkkpm.Conversations.Money;
using Pkkpm.Conversations.Deposits;

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
            turn.Say("Tulis: KOREKSI kode, misalnya KOREKSI K7Q2. Kode ada di tanda terima dan di RIWAYAT anggota.");
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
        pending.Draft = new Draft
        {
            Kind = DraftKind.Koreksi,
            GroupId = group.GroupId,
            GroupName = group.Name,
            Question = $"Koreksi: batalkan {EntryNames.Noun(entry.Kind)} {Rupiah.Format(entry.Amount)} {member.Name} tgl {entry.OccurredOn:dd/MM} (kode {entry.Code})?",
            Lines = [new DraftLine
            {
                PersonId = member.PersonId, Name = member.Name, ListNumber = member.ListNumber, Phone = member.Phone,
                Salutation = member.Salutation, Amount = entry.Amount, EntryCode = entry.Code,
            }],
        };
        return Next.Confirm;
    }

    public static async Task RecordAsync(Turn turn, Draft draft)
    {
        var line = draft.Lines[0];
        // Checked again at YA: the same entry may have been corrected from another message since.
        var entry = await turn.Data.FindEntryAsync(line.EntryCode!, turn.CancellationToken);
        if (entry is null || entry.IsReversed || entry.IsReversal)
        {
            turn.Say($"Catatan {line.EntryCode} sudah pernah dikoreksi. Tidak ada yang berubah.");
            return;
        }

        var reversal = await turn.Data.RecordEntryAsync(
            new NewEntry(entry.GroupId, entry.PersonId, entry.Kind, entry.Amount, entry.LoanId, entry.EntryId, $"koreksi {entry.Code}"),
            turn.CancellationToken);
        await turn.Data.CloseDisputesAsync(entry.EntryId, "dikoreksi", turn.CancellationToken);
        await Receipts.SendAsync(turn, entry.GroupId, entry.PersonId, line.Phone, line.Salutation, entry.Kind, entry.Amount, reversal, entry.Code);
        turn.Say($"Koreksi tersimpan (kode {reversal.Code}): {EntryNames.Noun(entry.Kind)} {entry.Code} {line.Name} dibatalkan. Catat ulang jumlah yang benar bila perlu.");
    }
}
