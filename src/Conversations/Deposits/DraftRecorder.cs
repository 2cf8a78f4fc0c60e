using Pkkpm.Conversations.Broadcasts;
using Pkkpm.Conversations.Corrections;
using Pkkpm.Conversations.Meetings;
using Pkkpm.Conversations.Engine;
using Pkkpm.Conversations.Ledger;
using Pkkpm.Conversations.Money;
using Pkkpm.Conversations.People;
using Pkkpm.Conversations.Repayments;

namespace Pkkpm.Conversations.Deposits;

/// <summary>YA: the draft becomes ledger entries, each with a receipt to its member.</summary>
internal static class DraftRecorder
{
    public static async Task RecordAsync(Turn turn, Draft draft)
    {
        switch (draft.Kind)
        {
            case DraftKind.Koreksi:
                await EntryCorrections.RecordAsync(turn, draft);
                return;
            case DraftKind.Bayar:
                await MemberPayments.SubmitAsync(turn, draft);
                return;
            case DraftKind.Umumkan:
                await BroadcastFlow.SendAsync(turn, draft);
                return;
            case DraftKind.Rapat:
                await MeetingFlow.RecordAsync(turn, draft);
                return;
        }

        if (await DraftChecks.ProblemAsync(turn, draft) is { } problem)
        {
            turn.Say(problem);
            return;
        }

        var recorded = new List<(DraftLine Line, RecordedEntry Entry)>();
        foreach (var line in draft.Lines.Where(l => l.Amount > 0))
        {
            var entry = await turn.Data.RecordEntryAsync(
                new NewEntry(draft.GroupId, line.PersonId!.Value, draft.EntryKind, line.Amount!.Value, line.LoanId, Note: draft.FromRound ? "keliling" : null),
                turn.CancellationToken);
            await Receipts.SendAsync(turn, draft.GroupId, line.PersonId.Value, line.Phone, line.Salutation, draft.EntryKind, line.Amount.Value, entry);
            recorded.Add((line, entry));
        }

        if (recorded.Count == 0)
        {
            turn.Say("Tidak ada jumlah yang dicatat.");
            return;
        }
        var noun = EntryNames.Noun(draft.EntryKind);
        if (recorded.Count == 1)
        {
            var (line, entry) = recorded[0];
            turn.Say($"Tersimpan: {noun} {line.Name} {Rupiah.Format(line.Amount!.Value)} (kode {entry.Code}). Tanda terima dikirim ke anggota.");
            return;
        }
        turn.SayPaged([
            $"Tersimpan {recorded.Count} {noun}, total {Rupiah.Format(draft.Total)}. Tanda terima dikirim ke anggota. Kode:",
            .. recorded.Select((r, i) => $"{r.Entry.Code} {Names.First(r.Line.Name)}{(i < recorded.Count - 1 ? "," : ".")}"),
        ], " ");
    }
}
