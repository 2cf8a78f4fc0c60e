using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Pkkpm.Bot.ProgrammeConsole.Simulator;
using Pkkpm.Bot.Tests.Infrastructure;

namespace Pkkpm.Bot.Tests.Simulator;

/// <summary>
/// The simulator page as a browser without script uses it: GET the page, POST its form with the
/// antiforgery token, read the bubbles. The app runs in the given environment; the simulator's
/// webhook client goes into the in-memory server (the real one calls its own listening address).
/// </summary>
internal sealed partial class SimulatorBrowser : IDisposable
{
    private readonly HttpClient _client;

    public SimulatorBrowser(WebApplicationFactory<Program> service, string? role = null)
    {
        // https: in Production the antiforgery cookie is Secure only.
        _client = service.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri("https://localhost") });
        if (role is not null) _client.DefaultRequestHeaders.Add(TestUser.RoleHeader, role);
    }

    public sealed record Page(HttpStatusCode Status, string Html, Uri? Location)
    {
        /// <summary>The reply bubbles of the conversation, as text.</summary>
        public IReadOnlyList<string> Replies => ReplyBubble().Matches(Html).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).ToList();

        /// <summary>The outbox bubbles, as text (their label first).</summary>
        public IReadOnlyList<string> Outbox => Html.Contains("class=\"chat outbox\"")
            ? Html[Html.IndexOf("class=\"chat outbox\"", StringComparison.Ordinal)..].Split("</ol>")[0]
                .Split("<li").Skip(1).Select(li => WebUtility.HtmlDecode(Regex.Replace("<li" + li, "<[^>]+>|\\s+", " ")).Trim()).ToList()
            : [];
    }

    /// <summary>The app in <paramref name="environment"/>, with the test sign-in and the in-memory webhook client.</summary>
    public static WebApplicationFactory<Program> Service(BotApplication app, string environment) =>
        app.WithWebHostBuilder(builder => builder.UseEnvironment(environment).ConfigureTestServices(services =>
        {
            services.AddHttpClient<SimulatedPhone>()
                .ConfigurePrimaryHttpMessageHandler(sp => ((TestServer)sp.GetRequiredService<IServer>()).CreateHandler());
            services.AddAuthentication().AddScheme<AuthenticationSchemeOptions, TestUser>(TestUser.SchemeName, null);
            services.PostConfigure<AuthenticationOptions>(options => options.DefaultAuthenticateScheme = TestUser.SchemeName);
        }));

    public async Task<Page> OpenAsync(string query = "")
    {
        using var response = await _client.GetAsync("/console/simulator" + query);
        return new Page(response.StatusCode, await response.Content.ReadAsStringAsync(), response.Headers.Location);
    }

    /// <summary>Opens the phone's page and writes <paramref name="text"/> with its form.</summary>
    public async Task<Page> WriteAsync(string phone, string text, string channel = "sms")
    {
        var page = await OpenAsync($"?nomor={Uri.EscapeDataString(phone)}&saluran={channel}");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        var token = Token().Match(page.Html).Groups[1].Value;
        using var response = await _client.PostAsync("/console/simulator", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["nomor"] = phone, ["saluran"] = channel, ["pesan"] = text, ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token),
        }));
        return new Page(response.StatusCode, await response.Content.ReadAsStringAsync(), response.Headers.Location);
    }

    /// <summary>A POST without the page's form (the page was refused): what the service answers.</summary>
    public async Task<HttpStatusCode> PostWithoutFormAsync(string phone, string text)
    {
        using var response = await _client.PostAsync("/console/simulator", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["nomor"] = phone, ["saluran"] = "sms", ["pesan"] = text,
        }));
        return response.StatusCode;
    }

    public void Dispose() => _client.Dispose();

    [GeneratedRegex("""<li class="bubble reply">\s*<span class="sr">Balasan: </span><span class="text">(.*?)</span>""", RegexOptions.Singleline)]
    private static partial Regex ReplyBubble();

    [GeneratedRegex("""name="__RequestVerificationToken" type="hidden" value="([^"]+)""")]
    private static partial Regex Token();
}
