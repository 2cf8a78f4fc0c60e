using Pkkpm.Conversations.Engine;
using Pkkpm.Conversations.Ledger;
using Pkkpm.Conversations.Money;
using Pkkpm.Conversations.People;

namespace Pkkpm.Conversations.Deposits;

/// <summary>
/// Deposits, repayments or withdrawals a treasurer typed (SETOR Sri 50rb, Siti 25rb) or answered
/// member by member in a guided round. Lines still unclear (which Sri? Rp50.000?) are asked about
/// one by one first; YA records every line with a receipt to its member.
/// </summary>
internal sealed class EntriesDraft : Draft
{
    public EntryKind Kind { get; set; }

    public long GroupId { get; set; }

    public string GroupName { get; set; } = "";

    public List<DraftLine> Lines { get; set; } = [];

    /// <summary>The summary of a guided round: cancelling it ends the round, interrupting pauses it.</summary>
    public bool FromRound { get; set; }

    /// <summary>Members the round skipped (LEWAT): not recorded, counted in the summary.</summary>
    public int Skipped { get; set; }

    public DraftLine? FirstUnresolved => Lines.FirstOrDefault(l => !l.IsResolved);

    public long Total => Lines.Sum(l => l.Amount ?? 0);

    public override string Noun => FromRound ? "setoran satu per satu" : EntryNames.Noun(Kind);

    public override string Verb => "simpan";

    public override IEnumerable<string> Summary(Sender sender)
    {
        var paid = Lines.Where(l => l.Amount > 0).ToList();
        if (FromRound)
        {
            var none = Lines.Count(l => l.Amount == 0);
            return [$"Setoran {GroupName}: {paid.Count} anggota setor, total {Rupiah.Format(Total)}. Tidak setor {none}, dilewati {Skipped}. {Prompt}"];
        }
        var noun = DraftTexts.Capitalized(Noun);
        if (paid.Count == 1)
            return [$"{noun} {paid[0].Name} {Rupiah.Format(paid[0].Amount!.Value)}. {Prompt}"];

        var items = paid.Select(l => $"{l.ListNumber}.{Names.Short(l.Name, l.Panggilan)} {Rupiah.Format(l.Amount!.Value)}").ToList();
        // Lines, so a long list goes as several SMS without splitting a member.
        return [$"{noun} {paid.Count} anggota:", .. items.Select((item, i) => i < items.Count - 1 ? item + "," : item + "."),
            $"Total {Rupiah.Format(Total)}.", Prompt];
    }

    /// <summary>Still the treasurer of this group at YA: not replaced, not moved to another group.</summary>
    public override bool MayBeConfirmedBy(Sender sender) => Permissions.IsTreasurer(sender) && sender.HomeGroup!.GroupId == GroupId;

    public override async Task RecordAsync(Turn turn)
    {
        if (await BookChecks.ProblemBeforeRecordingAsync(turn, this) is { } problem)
        {
            turn.Say(problem);
            return;
        }

        var recorded = new List<(DraftLine Line, RecordedEntry Entry)>();
        foreach (var line in Lines.Where(l => l.Amount > 0))
        {
            var entry = await turn.Data.RecordEntryAsync(
                new NewEntry(GroupId, line.PersonId!.Value, Kind, line.Amount!.Value, line.LoanId, Note: FromRound ? "satu per satu" : null),
                turn.CancellationToken);
            await Receipts.SendAsync(turn, GroupId, line.PersonId.Value, line.Phone, line.Salutation, Kind, line.Amount.Value, entry);
            recorded.Add((line, entry));
        }

        if (recorded.Count == 0)
        {
            turn.Say("Tidak ada jumlah yang dicatat.");
            return;
        }
        var noun = EntryNames.Noun(Kind);
        if (recorded.Count == 1)
        {
            var (line, entry) = recorded[0];
            turn.Say($"Tersimpan: {noun} {line.Name} {Rupiah.Format(line.Amount!.Value)} (kode {entry.Code}). Tanda terima dikirim ke anggota.");
            return;
        }
        turn.SayPaged([
            $"Tersimpan {recorded.Count} {noun}, total {Rupiah.Format(Total)}. Tanda terima dikirim ke anggota. Kode:",
            .. recorded.Select((r, i) => $"{r.Entry.Code} {Names.Short(r.Line.Name, r.Line.Panggilan)}{(i < recorded.Count - 1 ? "," : ".")}"),
        ], " ");
    }
}
