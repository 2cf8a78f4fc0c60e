using System.Diagnostics;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using Pkkpm.Bot.Outbound;
using Pkkpm.Bot.Tests.Infrastructure;
using Pkkpm.Conversations.Turns;

namespace Pkkpm.Bot.Tests.Outbound;

/// <summary>Queuing outbox rows, reading them back, and letting the sender run on the test's clock.</summary>
internal static class Outbox
{
    public const string SmsFrom = "+6281100000000";
    public const string WhatsAppFrom = "whatsapp:+6281100000000";

    public sealed class Row
    {
        public long Id { get; init; }
        public string ToPhone { get; init; } = "";
        public string Body { get; init; } = "";
        public string Kind { get; init; } = "";
        public string Status { get; init; } = "";
        public string? TwilioSid { get; init; }
        public string? SentChannel { get; init; }
        public int Attempts { get; init; }
        public int? ErrorCode { get; init; }
        public string? Error { get; init; }
        public string? DeliveryStatus { get; init; }
        public DateTimeOffset? ClaimedUntil { get; init; }
        /// <summary>The message this row sends again by SMS.</summary>
        public long? ResendOf { get; init; }
    }

    /// <summary>Settings that send to the mock as <paramref name="account"/>, with no throughput limits.</summary>
    public static Dictionary<string, string?> Settings(TwilioMockFixture mock, ScriptedTwilioAccount account, params (string Key, string? Value)[] more)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Twilio:AccountSid"] = account.Sid,
            ["Twilio:ApiBaseUrl"] = mock.ApiBaseUrl,
            ["Twilio:SmsFrom"] = SmsFrom,
            ["Twilio:WhatsAppFrom"] = WhatsAppFrom,
            ["Outbound:SmsPerSecond"] = "0",
            ["Outbound:WhatsAppPerSecond"] = "0",
        };
        foreach (var (key, value) in more) settings[key] = value;
        return settings;
    }

    public static async Task<long> QueueAsync(this BotApplication app, string phone, string body, string kind = OutboundKinds.Receipt, string channel = "sms")
    {
        _ = app.Services; // the app has started: its database is there
        await using var connection = app.OpenDatabase();
        return await connection.ExecuteScalarAsync<long>("""
            insert into outbox (to_phone, channel, body, kind, priority, created_at)
            values (@phone, @channel, @body, @kind, @priority, @now) returning id
            """, new { phone, channel, body, kind, priority = OutboundKinds.Priority(kind), now = app.Clock.GetUtcNow() });
    }

    /// <summary>A broadcast of <paramref name="count"/> SMS, one row per recipient, each body unique ("Siaran 17").</summary>
    public static async Task QueueBroadcastAsync(this BotApplication app, int count, string kind = OutboundKinds.Broadcast)
    {
        _ = app.Services;
        await using var connection = app.OpenDatabase();
        await connection.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        var now = app.Clock.GetUtcNow();
        await connection.ExecuteAsync("""
            insert into outbox (to_phone, channel, body, kind, priority, created_at)
            values (@Phone, 'sms', @Body, @Kind, 1, @Now)
            """, Enumerable.Range(1, count).Select(i => new { Phone = $"+62813{i:D8}", Body = $"Siaran {i}", Kind = kind, Now = now }), transaction);
        await transaction.CommitAsync();
    }

    public static async Task<Row> RowAsync(this BotApplication app, long id) =>
        (await app.RowsAsync($"where id = {id}")).Single();

    public static async Task<List<Row>> RowsAsync(this BotApplication app, string where = "")
    {
        await app.BroadcastsExpandedAsync();
        await using var connection = app.OpenDatabase();
        return (await connection.QueryAsync<Row>($"""
            select id as Id, to_phone as ToPhone, body as Body, kind as Kind, status as Status, twilio_sid as TwilioSid,
                   sent_channel as SentChannel, attempts as Attempts, error_code as ErrorCode, error as Error,
                   delivery_status as DeliveryStatus, claimed_until as ClaimedUntil, resend_of as ResendOf
              from outbox {where} order by id
            """)).ToList();
    }

    public static async Task<int> CountAsync(this BotApplication app, string where)
    {
        await app.BroadcastsExpandedAsync();
        await using var connection = app.OpenDatabase();
        return await connection.ExecuteScalarAsync<int>($"select count(*) from outbox where {where}");
    }

    /// <summary>
    /// Lets the sender work until <paramref name="done"/>: the clock moves on by <paramref name="step"/>
    /// whenever nothing is claiming or sending (a poll, a backoff or the sender's turn is due), never in
    /// the middle of a request, unless <paramref name="mayAdvance"/> says so (a request that hangs).
    /// </summary>
    public static async Task RunUntilAsync(this BotApplication app, Func<Task<bool>> done, TimeSpan? step = null,
        Func<bool>? mayAdvance = null, TimeSpan? within = null)
    {
        var activity = app.Services.GetRequiredService<DeliveryActivity>();
        var limit = within ?? TimeSpan.FromSeconds(30);
        var watch = Stopwatch.StartNew();
        while (!await done())
        {
            if (watch.Elapsed > limit) throw new TimeoutException($"Not done after {limit.TotalSeconds} s (clock at {app.Clock.GetUtcNow():O}).");
            if (activity.Working == 0 || mayAdvance?.Invoke() == true) app.Clock.Advance(step ?? TimeSpan.FromSeconds(1));
            await Task.Delay(3);
        }
    }

    public static Task RunUntilSentAsync(this BotApplication app, long id, TimeSpan? step = null) =>
        app.RunUntilAsync(async () => (await app.RowAsync(id)).Status != "queued", step);
}
