using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using Pkkpm.Conversations.Phones;

namespace Pkkpm.Bot.ProgrammeConsole.SignIn;

/// <summary>
/// The first page: the phone number. Whether the number is known, opted out, or of a role that may
/// not sign in, the answer is the same (the code page), so the page tells nobody who is registered.
/// </summary>
[AllowAnonymous]
public sealed class MasukModel(PhoneCodes codes, PendingSignIn pending, IOptions<SignInOptions> options) : PageModel
{
    [BindProperty]
    public string? Nomor { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public string? Error { get; private set; }

    public void OnGet() => ReturnUrl = ReturnUrls.Safe(ReturnUrl);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        ReturnUrl = ReturnUrls.Safe(ReturnUrl);
        if (!IndonesianPhone.TryNormalize(Nomor, out var phone))
        {
            Error = SignInTexts.PhoneNotValid;
            return Page();
        }
        var address = HttpContext.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        if (await codes.RequestAsync(phone, address, cancellationToken) == PhoneCodes.Requested.Limited)
        {
            Error = SignInTexts.TooManyRequests(options.Value.LimitWindow);
            return Page();
        }
        pending.Set(HttpContext, phone, ReturnUrl);
        return Redirect("/console/kode");
    }
}
