using System.Data.Common;
using Dapper;
using Pkkpm.Bot.Import;
using Pkkpm.Bot.Twilio;
using Pkkpm.Conversations.Phones;
using Pkkpm.Data;

namespace Pkkpm.Bot.Voice;

/// <summary>
/// `call [--url URL] PHONE`: rings a running service as Twilio would when PHONE calls its number
/// (a voice webhook signed with the configured auth token), prints the TwiML answer, then what the
/// outbox holds for PHONE (read from the service's database, as `export` reads it).
/// </summary>
internal static class CallCommand
{
    public const string Usage = "usage: call [--url http://localhost:5080] PHONE";

    private const string OutboxSql = """
        select id as Id, channel as Channel, kind as Kind, status as Status, body as Body
          from outbox where to_phone = @Phone order by id desc limit 5
        """;

    public static async Task<int> RunAsync(string[] args)
    {
        var configuration = CommandSettings.Read("Development");
        using var http = new HttpClient();
        return await RunAsync(args, configuration, http, Console.Out, Console.Error);
    }

    public static async Task<int> RunAsync(string[] args, IConfiguration configuration, HttpClient http, TextWriter output, TextWriter errors)
    {
        var url = "http://localhost:5080";
        var rest = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--url" && i + 1 < args.Length) url = args[++i];
            else rest.Add(args[i]);
        }
        if (rest is not [var typed] || typed.StartsWith('-'))
        {
            await errors.WriteLineAsync(Usage);
            return 2;
        }
        var token = configuration["Twilio:AuthToken"];
        if (string.IsNullOrEmpty(token))
        {
            await errors.WriteLineAsync("No Twilio__AuthToken configured to sign the request with.");
            return 2;
        }
        // Twilio posts E.164; a number typed as people write it is put that way first.
        var phone = IndonesianPhone.TryNormalize(typed, out var e164) ? e164 : typed;

        var target = new Uri(new Uri(url), "/twilio/voice").ToString();
        var fields = VoiceWebhook.IncomingCall(phone, "+6281100000000");
        using var request = new HttpRequestMessage(HttpMethod.Post, target) { Content = new FormUrlEncodedContent(fields) };
        request.Headers.Add("X-Twilio-Signature", WebhookSigner.Sign(token, target, fields));
        using var response = await http.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode)
        {
            await errors.WriteLineAsync($"{(int)response.StatusCode} {response.ReasonPhrase}: {body}");
            return 1;
        }
        await output.WriteLineAsync(body);
        return await PrintOutboxAsync(configuration, phone, output, errors);
    }

    private static async Task<int> PrintOutboxAsync(IConfiguration configuration, string phone, TextWriter output, TextWriter errors)
    {
        var database = CommandSettings.OpenDatabase(configuration, errors);
        if (database is null) return 2;
        try
        {
            var rows = await database.ReadAsync(async connection => (await connection.QueryAsync<Row>(OutboxSql, new { Phone = phone })).Reverse().ToList());
            await output.WriteLineAsync(rows.Count == 0 ? $"The outbox holds nothing for {phone}." : $"The outbox for {phone}, newest last:");
            foreach (var row in rows) await output.WriteLineAsync($"  {row.Id} {row.Channel} {row.Kind} {row.Status}: {row.Body}");
            return 0;
        }
        catch (DbException e)
        {
            await errors.WriteLineAsync($"The outbox could not be read ({e.Message}): is Database__Provider / ConnectionStrings__Pkkpm the service's?");
            return 1;
        }
        finally
        {
            if (database is IAsyncDisposable disposable) await disposable.DisposeAsync();
        }
    }

    private sealed class Row
    {
        public long Id { get; init; }
        public string Channel { get; init; } = "";
        public string Kind { get; init; } = "";
        public string Status { get; init; } = "";
        public string Body { get; init; } = "";
    }
}
