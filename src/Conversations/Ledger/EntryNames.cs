namespace Pkkpm.Conversations.Ledger;

/// <summary>How entries are named in replies and receipts.</summary>
public static class EntryNames
{
    public static string Noun(EntryKind kind) => kind switch
    {
        EntryKind.Setoran => "setoran",
        EntryKind.Penarikan => "penarikan",
        _ => "angsuran",
    };

    public static string Capitalized(EntryKind kind) => char.ToUpperInvariant(Noun(kind)[0]) + Noun(kind)[1..];

    /// <summary>What the receipt shows after the entry: the savings, or the loan outstanding.</summary>
    public static string BalanceWord(EntryKind kind) => kind == EntryKind.Angsuran ? "Sisa pinjaman" : "Tabungan";
}
