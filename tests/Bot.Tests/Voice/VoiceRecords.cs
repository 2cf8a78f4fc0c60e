using Dapper;
using Pkkpm.Bot.Tests.Infrastructure;

namespace Pkkpm.Bot.Tests.Voice;

/// <summary>What a call left behind: the outbox rows for a phone and the calls recorded.</summary>
internal static class VoiceRecords
{
    public sealed record Queued(string Channel, string Kind, string Body, string Status);

    public static async Task<List<Queued>> OutboxAsync(this BotApplication app, string phone)
    {
        await using var connection = app.OpenDatabase();
        return (await connection.QueryAsync<Queued>(
            "select channel as Channel, kind as Kind, body as Body, status as Status from outbox where to_phone = @phone order by id",
            new { phone })).ToList();
    }

    public static async Task<int> CallsRecordedAsync(this BotApplication app)
    {
        await using var connection = app.OpenDatabase();
        return await connection.ExecuteScalarAsync<int>("select count(*) from voice_calls");
    }
}
