using System.Net;
using System.Text;
using Pkkpm.Bot.Tests.Infrastructure;
using Pkkpm.Bot.Tests.SignIn;

namespace Pkkpm.Bot.Tests.Import;

/// <summary>/console/impor: an admin's page; to anyone else it does not exist, and a post from them changes nothing.</summary>
public class ImportPageTests
{
    private const string Dewi = "+628123400005", Rina = "+628123400001", Hendra = "+628123400004"; // admin, pendamping, pemantau

    [Theory]
    [InlineData(Rina)]
    [InlineData(Hendra)]
    public async Task Anyone_but_an_admin_finds_no_such_page_and_cannot_import(string phone)
    {
        await using var app = new BotApplication();
        using var browser = new ConsoleBrowser(app);
        await browser.SignInAsync(phone);
        var token = ConsoleBrowser.TokenIn(await browser.Client.GetStringAsync("/console"));

        var page = await browser.Client.GetAsync("/console/impor");
        var post = await browser.Client.PostAsync("/console/impor?handler=Preview", Upload(token, "people.csv", "phone,name,role,group_codes\n0812-7777-0001,Tini,anggota,MAWAR\n"));

        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        Assert.StartsWith("Maaf, nomor ini belum terdaftar", (await app.Twilio.SmsAsync("+6281277770001", "saldo")).Reply);
    }

    [Fact]
    public async Task An_admin_previews_then_applies_and_the_member_can_text_at_once()
    {
        await using var app = new BotApplication();
        using var browser = new ConsoleBrowser(app);
        await browser.SignInAsync(Dewi);
        var token = ConsoleBrowser.TokenIn(await browser.Client.GetStringAsync("/console/impor"));

        var preview = await (await browser.Client.PostAsync("/console/impor?handler=Preview",
            Upload(token, "people.csv", "phone,name,role,group_codes,salutation\n0812-7777-0001,Tini Rahayu,anggota,MAWAR,Ibu\n"))).Content.ReadAsStringAsync();
        var applyToken = System.Text.RegularExpressions.Regex.Match(preview, "name=\"token\" value=\"([0-9a-f]{32})\"").Groups[1].Value;
        var applied = await browser.Client.PostAsync("/console/impor?handler=Apply", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = ConsoleBrowser.TokenIn(preview), ["token"] = applyToken,
        }));

        var appliedPage = await applied.Content.ReadAsStringAsync();
        Assert.Contains("Pratinjau: belum ada yang berubah", preview);
        Assert.Contains("<td>people.csv</td><td>1</td><td>0</td><td>0</td>", preview);
        Assert.Contains("Sudah diimpor", appliedPage);
        // On SQLite the import holds the service's one writer: the admin is told for how long before and after.
        if (app.Provider == Pkkpm.Data.DatabaseOptions.Sqlite)
        {
            Assert.Matches(@"id=""lama"">Impor ini akan menahan database sekitar \d+,\d detik: selama itu pesan yang masuk menunggu atau ditolak\.", preview);
            Assert.Matches(@"id=""lama"">Database tertahan \d+,\d detik\.<", appliedPage);
        }
        else Assert.DoesNotContain("id=\"lama\"", preview);
        Assert.StartsWith("Ibu Tini (KPB Mawar): tabungan Rp0.", (await app.Twilio.SmsAsync("+6281277770001", "saldo")).Reply);
    }

    private static MultipartFormDataContent Upload(string antiforgery, string name, string text)
    {
        var form = new MultipartFormDataContent { { new StringContent(antiforgery), "__RequestVerificationToken" } };
        form.Add(new ByteArrayContent(Encoding.UTF8.GetBytes(text)), "berkas", name);
        return form;
    }
}
