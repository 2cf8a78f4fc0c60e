using System.Net;
using System.Text.RegularExpressions;
using Pkkpm.Bot.Tests.SignIn;

namespace Pkkpm.Bot.Tests.PeopleConsole;

/// <summary>
/// The console's forms about people as a browser without script fills them: the form, then the
/// summary page's own hidden fields sent back with "Ya".
/// </summary>
internal static partial class PeopleForms
{
    /// <summary>The first step (check and summary): the page's answer, decoded as a reader sees it.</summary>
    public static async Task<(HttpStatusCode Status, string Page)> ProposeAsync(this ConsoleBrowser browser, string path, Dictionary<string, string> fields)
    {
        var response = await browser.PostFormAsync(path, fields);
        return (response.StatusCode, WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
    }

    /// <summary>"Ya" on a summary page: its hidden fields (the typed values and the summary shown) posted to Simpan.</summary>
    public static async Task<(HttpStatusCode Status, string Page)> ConfirmAsync(this ConsoleBrowser browser, string path, string summaryPage)
    {
        var fields = HiddenField().Matches(summaryPage).ToDictionary(m => m.Groups["name"].Value, m => m.Groups["value"].Value);
        Assert.Contains("Ringkasan", fields.Keys);
        return await browser.PostWithTokenAsync(path + "?handler=Simpan", fields);
    }

    /// <summary>A POST with a valid token taken from the console's home (which every signed-in person may open).</summary>
    public static async Task<(HttpStatusCode Status, string Page)> PostWithTokenAsync(this ConsoleBrowser browser, string path, Dictionary<string, string> fields)
    {
        fields["__RequestVerificationToken"] = ConsoleBrowser.TokenIn(await browser.HomeAsync());
        var response = await browser.Client.PostAsync(path, new FormUrlEncodedContent(fields));
        return (response.StatusCode, WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
    }

    public static async Task<string> PageAsync(this ConsoleBrowser browser, string path)
    {
        var response = await browser.Client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }

    /// <summary>The text of an element by id ("ringkasan", "alasan", "hasil"), or null.</summary>
    public static string? Shown(string page, string id) =>
        Regex.Match(page, $"id=\"{id}\">(?<text>[^<]*)<") is { Success: true } match ? match.Groups["text"].Value : null;

    [GeneratedRegex("<input type=\"hidden\" name=\"(?<name>\\w+)\" value=\"(?<value>[^\"]*)\"")]
    private static partial Regex HiddenField();
}
