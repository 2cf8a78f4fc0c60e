using Dapper;

namespace Pkkpm.Bot.Tests.Infrastructure;

/// <summary>Reading the books and the outbox directly, to check what a reply claims.</summary>
internal static class Books
{
    public sealed record OutboxRow(string ToPhone, string Body, string Kind);

    public static async Task<List<OutboxRow>> OutboxAsync(this BotApplication app, string? toPhone = null)
    {
        await using var connection = app.OpenDatabase();
        return (await connection.QueryAsync<OutboxRow>(
            "select to_phone as ToPhone, body as Body, kind as Kind from outbox where @ToPhone is null or to_phone = @ToPhone order by id",
            new { ToPhone = toPhone })).ToList();
    }

    public static async Task<int> EntryCountAsync(this BotApplication app)
    {
        await using var connection = app.OpenDatabase();
        return await connection.ExecuteScalarAsync<int>("select count(*) from ledger_entries where source <> 'import'");
    }

    /// <summary>The code a reply or receipt mentions: "(kode K7QA)".</summary>
    public static string CodeIn(string text)
    {
        var match = System.Text.RegularExpressions.Regex.Match(text, @"kode ([A-Z0-9]{4,5})");
        Assert.True(match.Success, $"no code in: {text}");
        return match.Groups[1].Value;
    }
}
