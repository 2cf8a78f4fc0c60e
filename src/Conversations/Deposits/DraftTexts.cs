using Pkkpm.Conversations.Ledger;
using Pkkpm.Conversations.Money;
using Pkkpm.Conversations.People;

namespace Pkkpm.Conversations.Deposits;

/// <summary>The words around a draft: the summary to confirm, and what happens to it.</summary>
internal static class DraftTexts
{
    public static string Noun(Draft draft) => draft.Kind switch
    {
        DraftKind.Koreksi => "koreksi",
        DraftKind.Bayar => "laporan bayar angsuran",
        DraftKind.Umumkan => "pengumuman",
        DraftKind.Rapat => "undangan rapat",
        DraftKind.Setoran when draft.FromRound => "setoran keliling",
        _ => EntryNames.Noun(draft.EntryKind),
    };

    public static string ConfirmPrompt(Draft draft) => draft.Kind switch
    {
        DraftKind.Bayar or DraftKind.Umumkan or DraftKind.Rapat => "Balas YA untuk kirim, BATAL untuk batal.",
        DraftKind.Koreksi => "Balas YA untuk koreksi, BATAL untuk batal.",
        _ => "Balas YA untuk simpan, BATAL untuk batal.",
    };

    /// <summary>One line per member: "1.Sri Rp50.000".</summary>
    public static IEnumerable<string> Items(Draft draft) =>
        draft.Lines.Where(l => l.Amount > 0).Select(l => $"{l.ListNumber}.{Names.First(l.Name)} {Rupiah.Format(l.Amount!.Value)}");

    public static string Cancelled(Sender sender, Draft draft) => $"Baik {sender.Addressed}, {Noun(draft)} dibatalkan. Tidak ada yang disimpan.";

    public static string Dropped(Draft draft) => draft.FromRound
        ? "Setoran keliling dijeda. Balas LANJUT untuk melanjutkan."
        : $"{Capitalize(Noun(draft))} yang belum disimpan dibatalkan.";

    public static string Capitalize(string text) => char.ToUpperInvariant(text[0]) + text[1..];
}
