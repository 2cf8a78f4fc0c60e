using Dapper;
using Pkkpm.Conversations.Tips;

namespace Pkkpm.Data.Seeds;

/// <summary>tips.csv: the business tips catalogue.</summary>
internal sealed partial class SeedImport
{
    /// <summary>A tip leaves room for a footer (e.g. "Tips lain: balas TIPS") in one 160-character SMS.</summary>
    public const int MaxTipLength = 130;

    public async Task<int> TipsAsync()
    {
        if (!SeedFile.Exists(folder, "tips.csv")) return 0;
        using var file = new SeedFile(folder, "tips.csv", "code", "category", "text");
        var codes = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var row in file.Rows())
        {
            var code = row.Text("code").ToUpperInvariant();
            if (!codes.Add(code)) throw row.Fail($"code '{code}' appears twice");
            var category = row.Text("category").ToLowerInvariant();
            if (!Tip.Categories.Contains(category)) throw row.Fail($"category '{category}' must be one of {string.Join(", ", Tip.Categories)}");
            var text = row.Text("text");
            if (!Pkkpm.Conversations.Sms.SmsLength.IsGsm7(text)) throw row.Fail("text has characters a basic phone cannot show in one SMS (curly quotes, emoji, long dashes)");
            if (Pkkpm.Conversations.Sms.SmsLength.Septets(text) > MaxTipLength) throw row.Fail($"text is longer than {MaxTipLength} characters");
            await connection.ExecuteAsync("insert into tips (code, category, text) values (@Code, @Category, @Text)",
                new { Code = code, Category = category, Text = text }, transaction);
        }
        return codes.Count;
    }
}
