namespace Pkkpm.Conversations.Tips;

/// <summary>A business tip from seeds/tips.csv: one idea, at most 130 characters.</summary>
public sealed record Tip(string Code, string Category, string Text)
{
    /// <summary>The categories people can ask for (TIPS tani); tani is farming and livestock, waspada
    /// is moneylenders and scams.</summary>
    public static readonly string[] Categories = ["keuangan", "pemasaran", "produksi", "perizinan", "kelompok", "kerja", "tani", "waspada"];
}
