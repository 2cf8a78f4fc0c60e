using Pkkpm.Conversations.Deposits;
using Pkkpm.Conversations.Engine;
using Pkkpm.Conversations.Ledger;
using Pkkpm.Conversations.People;

namespace Pkkpm.Conversations.Corrections;

/// <summary>KOREKSI: one entry to reverse. On YA a reversing entry is added (nothing is edited),
/// the member gets a receipt and open disputes of the entry close.</summary>
internal sealed class CorrectionDraft : Draft
{
    public string EntryCode { get; set; } = "";

    public string MemberName { get; set; } = "";

    public string MemberPhone { get; set; } = "";

    public string MemberSalutation { get; set; } = "";

    /// <summary>The entry as the treasurer checks it: kind, amount, member, date, code.</summary>
    public string Question { get; set; } = "";

    public override string Noun => "koreksi";

    public override string Verb => "koreksi";

    public override IEnumerable<string> Summary(Sender sender) => [Question, Prompt];

    /// <summary>Still a treasurer at YA; that the entry is of her group is checked when it is read again.</summary>
    public override bool MayBeConfirmedBy(Sender sender) => Permissions.IsTreasurer(sender);

    public override async Task RecordAsync(Turn turn)
    {
        // Read once to know whose books to hold, then checked on a second reading with them held:
        // the entry may have been corrected from another message since the summary, or be
        // corrected by another treasurer's YA at this very moment.
        if (await turn.Data.FindEntryAsync(EntryCode, turn.CancellationToken) is { } found)
            await turn.Data.HoldBooksAsync([found.PersonId], turn.CancellationToken);
        var entry = await turn.Data.FindEntryAsync(EntryCode, turn.CancellationToken);
        if (entry is not null && entry.GroupId != turn.Sender.HomeGroup!.GroupId)
        {
            turn.Say(DraftTexts.NoLongerAllowed(turn.Sender, this));
            return;
        }
        if (entry is null || entry.IsReversed || entry.IsReversal)
        {
            turn.Say($"Catatan {EntryCode} sudah pernah dikoreksi. Tidak ada yang berubah.");
            return;
        }

        var reversal = await turn.Data.RecordEntryAsync(
            new NewEntry(entry.GroupId, entry.PersonId, entry.Kind, entry.Amount, entry.LoanId, entry.EntryId, $"koreksi {entry.Code}"),
            turn.CancellationToken);
        await turn.Data.CloseDisputesAsync(entry.EntryId, "dikoreksi", turn.CancellationToken);
        await Receipts.SendAsync(turn, entry.GroupId, entry.PersonId, MemberPhone, MemberSalutation, entry.Kind, entry.Amount, reversal, entry.Code);
        turn.Say($"Koreksi tersimpan (kode {reversal.Code}): {EntryNames.Noun(entry.Kind)} {entry.Code} {MemberName} dibatalkan. Catat ulang jumlah yang benar bila perlu.");
    }
}
