using Microsoft.Playwright;

namespace Pkkpm.Browser.Tests;

/// <summary>Signing in to the console by a code sent to the phone, in chromium, as a pendamping would.</summary>
public class SignInBrowserTests
{
    private const string Rina = "+628123400001"; // pendamping of MAWAR, MELATI, ANGGREK, KENANGA

    [SkippableFact]
    public async Task A_stranger_is_sent_to_sign_in_and_the_code_from_her_phone_opens_the_console()
    {
        await using var console = await ConsoleInBrowser.StartAsync();
        var page = await console.NewPageAsync();

        await page.GotoAsync("/console");
        await Assertions.Expect(page).ToHaveURLAsync(ConsoleInBrowser.SignInPage());
        await page.GetByLabel("Nomor HP").FillAsync("0812-3400-001");
        await page.GetByRole(AriaRole.Button, new() { Name = "Kirim kode" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(ConsoleInBrowser.CodePage());
        await page.GetByLabel("Kode 6 angka").FillAsync(await console.CodeSentToAsync(Rina));
        await page.GetByRole(AriaRole.Button, new() { Name = "Masuk" }).ClickAsync();

        await Assertions.Expect(page).ToHaveURLAsync(console.Service.BaseUrl + "/console");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Ringkasan", Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("Selamat datang, Rina Kurniawati (pendamping).")).ToBeVisibleAsync();
    }

    [SkippableFact]
    public async Task A_wrong_code_is_told_in_Indonesian_beside_the_field()
    {
        await using var console = await ConsoleInBrowser.StartAsync();
        var page = await console.NewPageAsync();
        await page.GotoAsync("/console/masuk");
        await page.GetByLabel("Nomor HP").FillAsync(Rina);
        await page.GetByRole(AriaRole.Button, new() { Name = "Kirim kode" }).ClickAsync();
        var right = await console.CodeSentToAsync(Rina);

        await page.GetByLabel("Kode 6 angka").FillAsync(right == "000000" ? "111111" : "000000");
        await page.GetByRole(AriaRole.Button, new() { Name = "Masuk" }).ClickAsync();

        await Assertions.Expect(page).ToHaveURLAsync(ConsoleInBrowser.CodePage());
        var error = page.GetByRole(AriaRole.Alert);
        await Assertions.Expect(error).ToHaveTextAsync("Kode salah atau sudah tidak berlaku. Periksa SMS atau WhatsApp Anda, atau minta kode baru.");
        // Beside the field, and read out with it by a screen reader.
        await Assertions.Expect(page.GetByLabel("Kode 6 angka")).ToHaveAttributeAsync("aria-describedby", "kode-salah");
        await Assertions.Expect(page.Locator("#kode + #kode-salah")).ToBeVisibleAsync();
    }

    [SkippableFact]
    public async Task Sign_in_works_by_keyboard_alone_and_every_field_has_its_label()
    {
        await using var console = await ConsoleInBrowser.StartAsync();
        var page = await console.NewPageAsync();
        await page.GotoAsync("/console");
        await Assertions.Expect(page).ToHaveURLAsync(ConsoleInBrowser.SignInPage());

        await TabToAsync(page, page.GetByLabel("Nomor HP"));
        await page.Keyboard.TypeAsync("08123400001");
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page).ToHaveURLAsync(ConsoleInBrowser.CodePage());
        await TabToAsync(page, page.GetByLabel("Kode 6 angka"));
        await page.Keyboard.TypeAsync(await console.CodeSentToAsync(Rina));
        await page.Keyboard.PressAsync("Enter");

        await Assertions.Expect(page).ToHaveURLAsync(console.Service.BaseUrl + "/console");
        await Assertions.Expect(page.GetByText("Selamat datang, Rina Kurniawati")).ToBeVisibleAsync();
    }

    /// <summary>Presses Tab from the top of the page until the field has the focus: it must come within a few presses (the skip link and the brand come first).</summary>
    private static async Task TabToAsync(IPage page, ILocator field)
    {
        for (var presses = 0; presses < 6 && !await field.EvaluateAsync<bool>("f => f === document.activeElement"); presses++)
            await page.Keyboard.PressAsync("Tab");
        await Assertions.Expect(field).ToBeFocusedAsync();
    }
}
