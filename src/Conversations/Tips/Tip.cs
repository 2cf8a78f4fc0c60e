namespace Pkkpm.Conversations.Tips;

/// <summary>A business tip from seeds/tips.csv: one idea, at most 130 characters.</summary>
public sealed record Tip(string Code, string Category, string Text)
{
    public static readonly string[] Categories = ["keuangan", "pemasaran", "produksi", "perizinan", "kelompok", "kerja"];
}
