using Dapper;
using Pkkpm.Conversations.Sms;
using Pkkpm.Conversations.Tips;

namespace Pkkpm.Data.Seeds;

/// <summary>tips.csv: the business tips catalogue. A tip is known by its code.</summary>
internal sealed partial class SeedImport
{
    /// <summary>A tip leaves room for a footer (e.g. "Tips lain: balas TIPS") in one 160-character SMS.</summary>
    public const int MaxTipLength = 130;

    public async Task<int> TipsAsync()
    {
        using var file = Open("tips.csv", required: false, "code", "category", "text");
        if (file is null) return 0;
        var stored = (await connection.QueryAsync<(string Code, string Category, string Text)>("select code, category, text from tips", transaction: transaction))
            .ToDictionary(t => t.Code, StringComparer.OrdinalIgnoreCase);
        var tally = Tally(file.Name);
        var codes = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        try
        {
            foreach (var row in file.Rows())
            {
                try
                {
                    var code = row.Text("code").ToUpperInvariant();
                    if (!codes.Add(code)) throw row.Fail($"code '{code}' appears twice");
                    var category = row.Text("category").ToLowerInvariant();
                    if (!Tip.Categories.Contains(category)) throw row.Fail($"category '{category}' must be one of {string.Join(", ", Tip.Categories)}");
                    var text = row.Text("text");
                    if (!SmsLength.IsGsm7(text)) throw row.Fail("text has characters a basic phone cannot show in one SMS (curly quotes, emoji, long dashes)");
                    if (SmsLength.Septets(text) > MaxTipLength) throw row.Fail($"text is longer than {MaxTipLength} characters");
                    var tip = new { Code = code, Category = category, Text = text };
                    if (stored.TryGetValue(code, out var known))
                    {
                        if ((known.Category, known.Text) == (category, text)) { tally.Unchanged++; continue; }
                        await connection.ExecuteAsync("update tips set category = @Category, text = @Text where code = @Code", tip, transaction);
                        tally.Changed++;
                        continue;
                    }
                    await connection.ExecuteAsync("insert into tips (code, category, text) values (@Code, @Category, @Text)", tip, transaction);
                    tally.Added++;
                }
                catch (SeedException problem) when (Listed(problem)) { }
            }
        }
        catch (SeedException problem) when (Listed(problem)) { }
        return codes.Count;
    }
}
