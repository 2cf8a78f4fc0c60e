using System.Net;

namespace Pkkpm.Bot.Tests.Simulator;

internal sealed partial class SimulatorBrowser
{
    /// <summary>Opens the phone's page and presses "Miskol" in it.</summary>
    public async Task<Page> CallAsync(string phone)
    {
        var page = await OpenAsync($"?nomor={Uri.EscapeDataString(phone)}&saluran=sms");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("Miskol (cek saldo gratis)", page.Html);
        var token = Token().Match(page.Html).Groups[1].Value;
        using var response = await _client.PostAsync("/console/simulator?handler=Miskol", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["nomor"] = phone, ["saluran"] = "sms", ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token),
        }));
        return new Page(response.StatusCode, await response.Content.ReadAsStringAsync(), response.Headers.Location);
    }
}
