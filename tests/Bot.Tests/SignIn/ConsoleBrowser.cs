using System.Net;
using System.Text.RegularExpressions;
using Dapper;
using Microsoft.AspNetCore.Mvc.Testing;
using Pkkpm.Bot.Tests.Infrastructure;

namespace Pkkpm.Bot.Tests.SignIn;

/// <summary>
/// A browser on the console, without script: it keeps its cookies, follows no redirect by itself,
/// and sends each form back with the antiforgery token the page gave it.
/// </summary>
internal sealed partial class ConsoleBrowser(BotApplication app, WebApplicationFactory<Program>? host = null, string baseAddress = "http://localhost") : IDisposable
{
    public HttpClient Client { get; } = (host ?? app).CreateClient(new WebApplicationFactoryClientOptions
    {
        AllowAutoRedirect = false,
        HandleCookies = true,
        BaseAddress = new Uri(baseAddress),
    });

    public async Task<HttpResponseMessage> PostFormAsync(string path, Dictionary<string, string> fields)
    {
        var page = await Client.GetStringAsync(path);
        fields["__RequestVerificationToken"] = TokenIn(page);
        return await Client.PostAsync(path, new FormUrlEncodedContent(fields));
    }

    public Task<HttpResponseMessage> RequestCodeAsync(string phone, string? returnUrl = null) =>
        PostFormAsync("/console/masuk" + (returnUrl is null ? "" : "?ReturnUrl=" + Uri.EscapeDataString(returnUrl)), new() { ["Nomor"] = phone });

    public Task<HttpResponseMessage> TypeCodeAsync(string code) => PostFormAsync("/console/kode", new() { ["Kode"] = code });

    /// <summary>The whole sign-in; the answer to the code (a redirect when it worked).</summary>
    public async Task<HttpResponseMessage> SignInAsync(string phone, string? returnUrl = null)
    {
        Assert.Equal(HttpStatusCode.Redirect, (await RequestCodeAsync(phone, returnUrl)).StatusCode);
        return await TypeCodeAsync(await LatestCodeAsync(app, phone) ?? "000000");
    }

    /// <summary>The code in the latest sign-in SMS queued to <paramref name="e164"/>, if any.</summary>
    public static async Task<string?> LatestCodeAsync(BotApplication app, string e164)
    {
        var body = (await CodesQueuedAsync(app, e164)).LastOrDefault()?.Body;
        return body is null ? null : SixDigits().Match(body).Value;
    }

    public sealed record QueuedCode(string ToPhone, string Channel, string Body);

    public static async Task<List<QueuedCode>> CodesQueuedAsync(BotApplication app, string? e164 = null)
    {
        await using var connection = app.OpenDatabase();
        return (await connection.QueryAsync<QueuedCode>(
            "select to_phone as ToPhone, channel as Channel, body as Body from outbox where kind = 'sign-in-code' and (@Phone is null or to_phone = @Phone) order by id",
            new { Phone = e164 })).ToList();
    }

    public async Task<string> HomeAsync()
    {
        var response = await Client.GetAsync("/console");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    public static string TokenIn(string page) => AntiforgeryField().Match(page) is { Success: true } match
        ? WebUtility.HtmlDecode(match.Groups[1].Value)
        : throw new Xunit.Sdk.XunitException("No antiforgery token on the page:\n" + page);

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();

    [GeneratedRegex(@"\b\d{6}\b")]
    private static partial Regex SixDigits();

    public void Dispose() => Client.Dispose();
}
