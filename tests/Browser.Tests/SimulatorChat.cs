using Microsoft.Playwright;

namespace Pkkpm.Browser.Tests;

/// <summary>Chatting in the simulator as a person would: choose a phone, type, send.</summary>
public static class SimulatorChat
{
    public static async Task OpenAsync(IPage page, string phone)
    {
        await page.GetByLabel("Pilih orang").SelectOptionAsync(new SelectOptionValue { Value = phone });
        await page.GetByRole(AriaRole.Button, new() { Name = "Buka" }).ClickAsync();
        await Assertions.Expect(page.Locator("#percakapan")).ToContainTextAsync(phone);
    }

    /// <summary>Sends and waits for the page to show the sent bubble (the chat shows the last 20).</summary>
    public static async Task WriteAsync(IPage page, string text)
    {
        var sent = await page.Locator(".chat .bubble.sent").CountAsync();
        await page.GetByLabel("Pesan").FillAsync(text);
        await page.GetByRole(AriaRole.Button, new() { Name = "Kirim" }).ClickAsync();
        await Assertions.Expect(page.Locator(".chat .bubble.sent")).ToHaveCountAsync(Math.Min(sent + 1, 20));
    }
}
