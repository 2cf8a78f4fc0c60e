using Dapper;

namespace Pkkpm.Bot.Tests.Infrastructure;

/// <summary>Reading the books and the outbox directly, to check what a reply claims.</summary>
internal static class Books
{
    public sealed record OutboxRow(string ToPhone, string Body, string Kind);

    public static async Task<List<OutboxRow>> OutboxAsync(this BotApplication app, string? toPhone = null)
    {
        await app.BroadcastsExpandedAsync();
        await using var connection = app.OpenDatabase();
        return (await connection.QueryAsync<OutboxRow>(
            "select to_phone as ToPhone, body as Body, kind as Kind from outbox where @ToPhone is null or to_phone = @ToPhone order by id",
            new { ToPhone = toPhone })).ToList();
    }

    /// <summary>
    /// Until the fan-out has put every recorded broadcast into the outbox: it runs in the background,
    /// woken by the YA's commit, so the outbox is whole a moment after the reply, not with it.
    /// </summary>
    public static async Task BroadcastsExpandedAsync(this BotApplication app)
    {
        // Not app.Services: that would start this app's host, a second instance beside one a test
        // derived from it (WithWebHostBuilder), with a sender of its own.
        if (!app.FansOut) return;
        var deadline = DateTime.UtcNow.AddSeconds(20);
        await using var connection = app.OpenDatabase();
        while (await connection.ExecuteScalarAsync<long>("select count(*) from broadcasts where fanned_out_at is null") > 0)
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException("Recorded broadcasts still not in the outbox after 20 s.");
            await Task.Delay(5);
        }
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
