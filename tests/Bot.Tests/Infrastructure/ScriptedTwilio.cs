using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Pkkpm.Bot.Tests.Infrastructure;

/// <summary>
/// Twilio's Messages endpoint as far as the service needs it, on a loopback port, behind the
/// OpenAPI mock (which has already checked each request against Twilio's description). It checks
/// what the mock does not (credentials, From or MessagingServiceSid, Body or ContentSid), records
/// every request of a known account (refused ones too) and answers as each account's script says: 201 with a fresh SM sid by default.
/// Each test uses its own account, so tests never see each other's requests.
/// </summary>
internal sealed class ScriptedTwilio : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, ScriptedTwilioAccount> _accounts = new();
    private readonly CancellationTokenSource _stopping = new();

    private ScriptedTwilio(WebApplication app) => _app = app;

    public string BaseUrl { get; private set; } = "";

    public static async Task<ScriptedTwilio> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var fake = new ScriptedTwilio(builder.Build());
        fake._app.MapPost("/2010-04-01/Accounts/{accountSid}/Messages.json", fake.CreateMessageAsync);
        await fake._app.StartAsync();
        fake.BaseUrl = fake._app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        return fake;
    }

    public ScriptedTwilioAccount NewAccount(string authToken)
    {
        var account = new ScriptedTwilioAccount("AC" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16)), authToken);
        _accounts[account.Sid] = account;
        return account;
    }

    private async Task<IResult> CreateMessageAsync(string accountSid, HttpContext http)
    {
        if (!_accounts.TryGetValue(accountSid, out var account))
            return Error(404, 20404, "The requested resource was not found");
        var form = (await http.Request.ReadFormAsync()).ToDictionary(f => f.Key, f => f.Value.ToString(), StringComparer.Ordinal);
        var expected = "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes($"{account.Sid}:{account.AuthToken}"));
        var reply = http.Request.Headers.Authorization.ToString() != expected ? ScriptedReply.Unauthorized
            : !form.ContainsKey("From") && !form.ContainsKey("MessagingServiceSid") ? ScriptedReply.Error(21603, "A 'From' phone number is required.")
            : !form.ContainsKey("Body") && !form.ContainsKey("ContentSid") && !form.ContainsKey("MediaUrl") ? ScriptedReply.Error(21602, "Message body is required.")
            : account.NextReply(form);
        var sid = reply.Status == 201 ? "SM" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16)) : null;
        account.Record(new ReceivedMessage(form, sid, reply));

        if (reply.Hang) return await HangAsync(account, http.RequestAborted);
        using (account.Answering())
            if (account.Latency > TimeSpan.Zero) await Task.Delay(account.Latency);
        return sid is null ? Error(reply.Status, reply.Code ?? 0, reply.Message) : Created(account, sid, form);
    }

    private async Task<IResult> HangAsync(ScriptedTwilioAccount account, CancellationToken aborted)
    {
        Interlocked.Increment(ref account.HangingCount);
        try
        {
            using var stop = CancellationTokenSource.CreateLinkedTokenSource(aborted, _stopping.Token);
            await Task.Delay(TimeSpan.FromSeconds(30), stop.Token);
        }
        catch (OperationCanceledException) { }
        finally
        {
            Interlocked.Decrement(ref account.HangingCount);
        }
        return Error(504, 0, "hung up");
    }

    // The shape of the example in twilio_api_v2010.json for a created Message.
    private static IResult Created(ScriptedTwilioAccount account, string sid, Dictionary<string, string> form)
    {
        var now = DateTimeOffset.UtcNow.ToString("ddd, dd MMM yyyy HH:mm:ss +0000", System.Globalization.CultureInfo.InvariantCulture);
        var uri = $"/2010-04-01/Accounts/{account.Sid}/Messages/{sid}";
        return Results.Json(new Dictionary<string, object?>
        {
            ["account_sid"] = account.Sid, ["api_version"] = "2010-04-01", ["body"] = form.GetValueOrDefault("Body") ?? "",
            ["date_created"] = now, ["date_sent"] = null, ["date_updated"] = now, ["direction"] = "outbound-api",
            ["error_code"] = null, ["error_message"] = null, ["from"] = form.GetValueOrDefault("From"),
            ["num_media"] = "0", ["num_segments"] = "1", ["price"] = null, ["price_unit"] = "USD",
            ["messaging_service_sid"] = form.GetValueOrDefault("MessagingServiceSid"), ["sid"] = sid, ["status"] = "queued",
            ["subresource_uris"] = new Dictionary<string, string> { ["media"] = uri + "/Media.json" },
            ["to"] = form["To"], ["uri"] = uri + ".json",
        }, statusCode: 201);
    }

    private static IResult Error(int status, int code, string message) => Results.Json(new Dictionary<string, object>
    {
        ["code"] = code, ["message"] = message, ["more_info"] = $"https://www.twilio.com/docs/errors/{code}", ["status"] = status,
    }, statusCode: status);

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        await _app.StopAsync();
        await _app.DisposeAsync();
        _stopping.Dispose();
    }
}
