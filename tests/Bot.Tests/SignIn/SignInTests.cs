using System.Net;
using System.Text.RegularExpressions;
using Dapper;
using Pkkpm.Bot.Tests.Infrastructure;
using Pkkpm.Conversations.Sms;
using Pkkpm.Testing;

namespace Pkkpm.Bot.Tests.SignIn;

/// <summary>Signing in to the console by a code sent to the phone, through the real service and its outbox.</summary>
public partial class SignInTests
{
    private const string Rina = "+628123400001", Andi = "+628123400002", Sri = "+628123400101";
    private const string Dwi = "+628123400102", Lestari = "+628123400104", Unknown = "+6285700000000";

    [Fact]
    public async Task A_stranger_opening_the_console_is_sent_to_sign_in()
    {
        await using var app = new BotApplication();
        using var browser = new ConsoleBrowser(app);

        var response = await browser.Client.GetAsync("/console");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/console/masuk", response.Headers.Location!.PathAndQuery);
    }

    [Fact]
    public async Task A_code_goes_through_the_outbox_to_that_phone_alone_and_signs_in()
    {
        await using var app = new BotApplication();
        using var browser = new ConsoleBrowser(app);

        // As people write it: with dashes and a leading 0.
        var requested = await browser.RequestCodeAsync("0812-3400-001");
        var queued = Assert.Single(await ConsoleBrowser.CodesQueuedAsync(app));
        await using var connection = app.OpenDatabase();
        var stored = await connection.QuerySingleAsync<string>("select code_hash from console_codes where phone = @Rina", new { Rina });
        var signedIn = await browser.TypeCodeAsync(await ConsoleBrowser.LatestCodeAsync(app, Rina) ?? "");

        Assert.Equal("/console/kode", requested.Headers.Location!.OriginalString);
        Assert.Equal((Rina, "sms"), (queued.ToPhone, queued.Channel));
        Assert.Matches(@"^Kode masuk konsol PKKPM: \d{6}\. .*Jangan berikan kode ini kepada siapa pun", queued.Body);
        Assert.True(SmsLength.FitsOneSegment(queued.Body) && SmsLength.IsGsm7(queued.Body), queued.Body);
        Assert.Equal("/console", signedIn.Headers.Location!.OriginalString);
        Assert.Contains("Rina Kurniawati", await browser.HomeAsync());
        Assert.DoesNotContain(await ConsoleBrowser.LatestCodeAsync(app, Rina) ?? "", stored);
    }

    [Fact]
    public async Task The_code_goes_on_the_channel_the_person_last_wrote_on()
    {
        await using var app = new BotApplication();
        await app.Twilio.WhatsAppAsync(Rina, "menu");
        using var browser = new ConsoleBrowser(app);

        await browser.RequestCodeAsync("+62 812 3400 001");

        Assert.Equal("whatsapp", Assert.Single(await ConsoleBrowser.CodesQueuedAsync(app)).Channel);
    }

    [Fact]
    public async Task Unknown_opted_out_and_member_numbers_get_exactly_the_answer_a_known_one_gets_and_no_code()
    {
        await using var app = new BotApplication();
        using var started = new ConsoleBrowser(app);
        await using (var connection = app.OpenDatabase())
            await connection.ExecuteAsync("update people set opted_out_at = created_at where phone = @Andi", new { Andi });

        var answers = new List<string>();
        foreach (var phone in new[] { Rina, Unknown, Andi, Lestari, Dwi })
        {
            using var browser = new ConsoleBrowser(app);
            var response = await browser.RequestCodeAsync(phone);
            var cookies = response.Headers.GetValues("Set-Cookie").Select(c => c[..c.IndexOf('=')] + Regex.Replace(c[c.IndexOf(';')..], "expires=[^;]+", ""));
            var page = WebUtility.HtmlDecode(await browser.Client.GetStringAsync("/console/kode"));
            // The antiforgery token is random and the page echoes the number typed (masked): the rest must not differ.
            page = page.Replace(ConsoleBrowser.TokenIn(page), "TOKEN").Replace(Pkkpm.Conversations.Phones.IndonesianPhone.Mask(phone), "NUMBER");
            answers.Add($"{(int)response.StatusCode} {response.Headers.Location} {string.Join(",", cookies)}\n{page}");
        }

        Assert.All(answers, answer => Assert.Equal(answers[0], answer));
        Assert.Equal([Rina], (await ConsoleBrowser.CodesQueuedAsync(app)).Select(c => c.ToPhone));
    }

    [Fact]
    public async Task A_code_expires_after_five_minutes()
    {
        await using var app = new BotApplication();
        using var late = new ConsoleBrowser(app);
        using var inTime = new ConsoleBrowser(app);

        await late.RequestCodeAsync(Rina);
        var lateCode = await ConsoleBrowser.LatestCodeAsync(app, Rina);
        app.Clock.Advance(TimeSpan.FromMinutes(5));
        var refused = await late.TypeCodeAsync(lateCode!);
        await inTime.RequestCodeAsync(Rina);
        var inTimeCode = await ConsoleBrowser.LatestCodeAsync(app, Rina);
        app.Clock.Advance(TimeSpan.FromMinutes(5) - TimeSpan.FromSeconds(1));
        var accepted = await inTime.TypeCodeAsync(inTimeCode!);

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("Kode salah atau sudah tidak berlaku", await refused.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
    }

    [Fact]
    public async Task Five_wrong_tries_end_the_code()
    {
        await using var app = new BotApplication();
        using var browser = new ConsoleBrowser(app);
        await browser.RequestCodeAsync(Rina);
        var code = await ConsoleBrowser.LatestCodeAsync(app, Rina);
        var wrong = code == "111111" ? "222222" : "111111";

        for (var i = 0; i < 5; i++)
            Assert.Contains("role=\"alert\"", await (await browser.TypeCodeAsync(wrong)).Content.ReadAsStringAsync());
        var right = await browser.TypeCodeAsync(code!);

        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        Assert.Contains("Kode salah atau sudah tidak berlaku", await right.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await browser.Client.GetAsync("/console")).StatusCode);
    }

    [Fact]
    public async Task A_new_request_replaces_the_code_and_wrong_tries_short_of_five_leave_it_alive()
    {
        await using var app = new BotApplication();
        using var browser = new ConsoleBrowser(app);
        await browser.RequestCodeAsync(Rina);
        var first = await ConsoleBrowser.LatestCodeAsync(app, Rina);
        await browser.RequestCodeAsync(Rina);
        var second = await ConsoleBrowser.LatestCodeAsync(app, Rina);
        var wrong = first == "111111" || second == "111111" ? "222222" : "111111";

        // Three wrong, and the replaced code is a fourth: one try is left for the live code.
        for (var i = 0; i < 3; i++) await browser.TypeCodeAsync(wrong);
        var old = first == second ? null : await browser.TypeCodeAsync(first!);
        var current = await browser.TypeCodeAsync(second!);

        if (old is not null) Assert.Equal(HttpStatusCode.OK, old.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, current.StatusCode);
    }

    [Fact]
    public async Task A_number_is_sent_three_codes_in_fifteen_minutes_and_no_more()
    {
        await using var app = new BotApplication();
        using var browser = new ConsoleBrowser(app);

        for (var i = 0; i < 3; i++) Assert.Equal(HttpStatusCode.Redirect, (await browser.RequestCodeAsync(Rina)).StatusCode);
        var limited = await browser.RequestCodeAsync(Rina);
        var otherNumber = await browser.RequestCodeAsync(Unknown);
        app.Clock.Advance(TimeSpan.FromMinutes(15));
        var later = await browser.RequestCodeAsync(Rina);

        Assert.Equal(HttpStatusCode.OK, limited.StatusCode);
        Assert.Contains("Terlalu banyak permintaan kode", await limited.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Redirect, otherNumber.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, later.StatusCode);
        Assert.Equal(4, (await ConsoleBrowser.CodesQueuedAsync(app, Rina)).Count);
    }

    [Fact]
    public async Task An_address_may_ask_ten_times_in_fifteen_minutes_whatever_numbers_it_types()
    {
        await using var app = new BotApplication();
        using var browser = new ConsoleBrowser(app);

        for (var i = 0; i < 10; i++)
            Assert.Equal(HttpStatusCode.Redirect, (await browser.RequestCodeAsync($"+62857000000{i:D2}")).StatusCode);
        var limited = await browser.RequestCodeAsync(Rina);

        Assert.Contains("Terlalu banyak permintaan kode", await limited.Content.ReadAsStringAsync());
        Assert.Empty(await ConsoleBrowser.CodesQueuedAsync(app));
    }

    [Fact]
    public async Task Sign_out_ends_the_session_and_the_old_cookie_no_longer_opens_the_console()
    {
        await using var app = new BotApplication();
        using var browser = new ConsoleBrowser(app);
        var signedIn = await browser.SignInAsync(Sri);
        var cookie = signedIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("pkkpm-console="));
        cookie = cookie[..cookie.IndexOf(';')];

        var before = await ReplayAsync(app, cookie);
        var signedOut = await browser.PostFormAsync("/console/keluar", new());
        var after = await ReplayAsync(app, cookie);

        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        Assert.Equal("/console/masuk", signedOut.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.StartsWith("/console/masuk", after.Headers.Location!.PathAndQuery);
    }

    [Fact]
    public async Task A_cookie_made_by_one_instance_opens_the_console_on_another_and_after_a_restart()
    {
        await using var database = await ScratchDatabase.CreateAsync(BotApplication.DefaultProvider, empty: true);
        string cookie;
        await using (var first = new BotApplication(database: database))
        {
            using var browser = new ConsoleBrowser(first);
            var signedIn = await browser.SignInAsync(Rina);
            cookie = signedIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("pkkpm-console="));
            cookie = cookie[..cookie.IndexOf(';')];
        }
        await using var second = new BotApplication(database: database);

        var response = await ReplayAsync(second, cookie);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Rina Kurniawati", await response.Content.ReadAsStringAsync());
        // The key that made it is the database's, not a file of this machine's that both happened to read.
        await using var connection = second.OpenDatabase();
        Assert.Equal(1L, await connection.ExecuteScalarAsync<long>("select count(*) from data_protection_keys"));
    }

    /// <summary>The console's home with <paramref name="cookie"/> as a copy of it would send it, from another browser.</summary>
    private static async Task<HttpResponseMessage> ReplayAsync(BotApplication app, string cookie)
    {
        using var other = new ConsoleBrowser(app);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/console");
        request.Headers.Add("Cookie", cookie);
        return await other.Client.SendAsync(request);
    }

    [Fact]
    public async Task A_form_posted_without_its_antiforgery_token_is_refused()
    {
        await using var app = new BotApplication();
        using var browser = new ConsoleBrowser(app);
        await browser.Client.GetStringAsync("/console/masuk");

        var response = await browser.Client.PostAsync("/console/masuk", new FormUrlEncodedContent(new Dictionary<string, string> { ["Nomor"] = Rina }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(await ConsoleBrowser.CodesQueuedAsync(app));
    }

    [Theory]
    [InlineData("//evil.example/console", "/console")]
    [InlineData("https://evil.example/console", "/console")]
    [InlineData("/\\evil.example", "/console")]
    [InlineData("/twilio/messages", "/console")]
    [InlineData("/console/kpb/MAWAR?minggu=1", "/console/kpb/MAWAR?minggu=1")]
    public async Task After_sign_in_only_a_page_of_the_console_is_followed(string returnUrl, string expected)
    {
        await using var app = new BotApplication();
        using var browser = new ConsoleBrowser(app);

        var signedIn = await browser.SignInAsync(Rina, returnUrl);

        Assert.Equal(expected, signedIn.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task A_person_whose_role_may_no_longer_sign_in_is_signed_out_at_the_next_request()
    {
        await using var app = new BotApplication();
        using var browser = new ConsoleBrowser(app);
        await browser.SignInAsync(Sri);
        await browser.HomeAsync();

        await using (var connection = app.OpenDatabase())
            await connection.ExecuteAsync("update people set role = 'anggota' where phone = @Sri", new { Sri });
        var response = await browser.Client.GetAsync("/console");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }
}
