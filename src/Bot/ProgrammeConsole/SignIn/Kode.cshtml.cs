using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Pkkpm.Bot.ProgrammeConsole.Access;
using Pkkpm.Conversations.Phones;

namespace Pkkpm.Bot.ProgrammeConsole.SignIn;

/// <summary>The second page: the code. Right, and the person is signed in and sent where they first meant to go.</summary>
[AllowAnonymous]
public sealed class KodeModel(PhoneCodes codes, PendingSignIn pending) : PageModel
{
    [BindProperty]
    public string? Kode { get; set; }

    public string MaskedPhone { get; private set; } = "";

    public string? Error { get; private set; }

    public IActionResult OnGet()
    {
        if (pending.Get(HttpContext) is not { } waiting) return Redirect("/console/masuk");
        MaskedPhone = IndonesianPhone.Mask(waiting.Phone);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (pending.Get(HttpContext) is not { } waiting) return Redirect("/console/masuk");
        MaskedPhone = IndonesianPhone.Mask(waiting.Phone);
        if (string.IsNullOrWhiteSpace(Kode))
        {
            Error = SignInTexts.CodeMissing;
            return Page();
        }
        if (await codes.CheckAsync(waiting.Phone, Kode, cancellationToken) is not { } signedIn)
        {
            Error = SignInTexts.CodeWrong;
            return Page();
        }

        var identity = new ClaimsIdentity(
        [
            new Claim(ClaimTypes.NameIdentifier, signedIn.PersonId.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new Claim(ClaimTypes.Name, signedIn.Name),
            new Claim(ClaimTypes.Role, signedIn.Role),
            new Claim(ConsoleViewers.SessionClaim, signedIn.SessionId),
        ], ConsoleSetup.Scheme);
        await HttpContext.SignInAsync(ConsoleSetup.Scheme, new ClaimsPrincipal(identity));
        pending.Clear(HttpContext);
        return LocalRedirect(ReturnUrls.Safe(waiting.ReturnUrl));
    }
}
