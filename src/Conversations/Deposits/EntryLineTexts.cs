using Pkkpm.Conversations.Ledger;

namespace Pkkpm.Conversations.Deposits;

/// <summary>What we say when the members and amounts of SETOR, ANGSURAN or TARIK cannot be read.</summary>
internal static class EntryLineTexts
{
    public static string Problem(EntryError error, EntryKind kind)
    {
        var example = $"{Keyword(kind)} Sri 50rb, Siti 25rb";
        var fragment = AmountTexts.Short(error.Fragment);
        return error.Problem switch
        {
            EntryProblem.MissingAmount => $"Jumlah untuk '{fragment}' belum ada. Tulis misalnya {example}. Tidak ada yang disimpan.",
            EntryProblem.MissingMember => $"Untuk siapa '{fragment}'? Tulis nama atau nomor anggota, misalnya {example}.",
            _ => $"Bagian '{fragment}' tidak terbaca. Tulis misalnya {example}. Tidak ada yang disimpan.",
        };
    }

    public static string UnknownMember(string typed, string groupName) =>
        $"Anggota '{AmountTexts.Short(typed)}' tidak ada di {groupName}. Ketik DAFTAR untuk nama dan nomor anggota. Tidak ada yang disimpan.";

    private static string Keyword(EntryKind kind) => kind switch
    {
        EntryKind.Angsuran => "ANGSURAN",
        EntryKind.Penarikan => "TARIK",
        _ => "SETOR",
    };
}
