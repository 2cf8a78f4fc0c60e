using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Pkkpm.Bot.Tests.Infrastructure;

namespace Pkkpm.Bot.Tests.Twilio;

/// <summary>The real server (Kestrel, not the in-memory test server) refuses what no Twilio request
/// looks like before the service spends anything on it.</summary>
public class KestrelLimitsTests
{
    private const string Painem = "+628123400108";

    [Fact]
    public async Task Headers_over_16_KB_are_refused_and_a_webhook_with_ordinary_headers_is_answered()
    {
        await using var app = new BotApplication();
        app.UseKestrel(0);
        using var client = app.CreateClient();

        var ordinary = await SignedSaldoAsync(client, padding: 2_000);
        var oversized = await SignedSaldoAsync(client, padding: 20_000);

        Assert.Equal(HttpStatusCode.OK, ordinary);
        Assert.Equal(HttpStatusCode.RequestHeaderFieldsTooLarge, oversized);
    }

    [Fact]
    public async Task A_body_announced_over_64_KB_is_refused_at_once_without_being_read()
    {
        await using var app = new BotApplication();
        app.UseKestrel(0);
        using var client = app.CreateClient();
        using var connection = await ConnectAsync(client.BaseAddress!);

        await SendHeadersAsync(connection, client.BaseAddress!, contentLength: 1_000_000);
        var (answer, after) = await ReadUntilClosedAsync(connection, TimeSpan.FromSeconds(3));

        Assert.StartsWith("HTTP/1.1 413", answer);
        // Read, the body would be waited for until the 2 s grace of the slowest rate ran out.
        Assert.True(after < TimeSpan.FromSeconds(1.9), $"closed after {after}: {answer}");
    }

    [Fact]
    public async Task A_body_that_trickles_in_is_cut_off_after_2_seconds()
    {
        await using var app = new BotApplication();
        app.UseKestrel(0);
        using var client = app.CreateClient();
        using var connection = await ConnectAsync(client.BaseAddress!);

        await SendHeadersAsync(connection, client.BaseAddress!, contentLength: 2_000);
        await connection.GetStream().WriteAsync("Body=saldo"u8.ToArray());
        var (answer, after) = await ReadUntilClosedAsync(connection, TimeSpan.FromSeconds(15));

        // Kestrel checks once a second: closed between 2 and 3 seconds when the machine is idle. On a
        // busy one its checks come late, so the time alone cannot tell 2 s from Kestrel's own default
        // of 5: the server's options say which rate it runs with.
        Assert.InRange(after, TimeSpan.FromSeconds(1.5), TimeSpan.FromSeconds(12));
        Assert.DoesNotContain("200 OK", answer);
        var rate = app.Services.GetRequiredService<IOptions<KestrelServerOptions>>().Value.Limits.MinRequestBodyDataRate;
        Assert.Equal((240d, TimeSpan.FromSeconds(2)), (rate!.BytesPerSecond, rate.GracePeriod));
    }

    private static async Task<HttpStatusCode> SignedSaldoAsync(HttpClient client, int padding)
    {
        var url = new Uri(client.BaseAddress!, "/twilio/messages").ToString();
        var fields = TwilioSender.Fields(Painem, TwilioSender.ServiceNumber, "saldo");
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new FormUrlEncodedContent(fields) };
        request.Headers.Add("X-Twilio-Signature", TwilioSender.Signature(BotApplication.AuthToken, url, fields));
        request.Headers.Add("X-Padding", new string('a', padding));
        using var response = await client.SendAsync(request);
        return response.StatusCode;
    }

    private static async Task<TcpClient> ConnectAsync(Uri server)
    {
        var connection = new TcpClient();
        await connection.ConnectAsync(server.Host, server.Port);
        return connection;
    }

    private static Task SendHeadersAsync(TcpClient connection, Uri server, int contentLength) =>
        connection.GetStream().WriteAsync(Encoding.ASCII.GetBytes(
            $"POST /twilio/messages HTTP/1.1\r\nHost: {server.Authority}\r\nContent-Type: application/x-www-form-urlencoded\r\n" +
            $"X-Twilio-Signature: unchecked\r\nContent-Length: {contentLength}\r\n\r\n")).AsTask();

    /// <summary>What the server says until it closes the connection (or <paramref name="wait"/> passes), and when.</summary>
    private static async Task<(string Answer, TimeSpan After)> ReadUntilClosedAsync(TcpClient connection, TimeSpan wait)
    {
        var watch = Stopwatch.StartNew();
        using var timeout = new CancellationTokenSource(wait);
        var answer = new StringBuilder();
        var buffer = new byte[4096];
        try
        {
            int read;
            while ((read = await connection.GetStream().ReadAsync(buffer, timeout.Token)) > 0)
                answer.Append(Encoding.ASCII.GetString(buffer, 0, read));
        }
        catch (Exception e) when (e is OperationCanceledException or IOException) { }
        return (answer.ToString(), watch.Elapsed);
    }
}
