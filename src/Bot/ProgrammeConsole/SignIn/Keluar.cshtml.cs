using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Pkkpm.Bot.ProgrammeConsole.Access;
using Pkkpm.Data;
using Pkkpm.Data.Console;

namespace Pkkpm.Bot.ProgrammeConsole.SignIn;

/// <summary>Sign-out (a POST, with its antiforgery token): the session ends in the database, so a
/// copy of the cookie kept elsewhere stops working too.</summary>
[AllowAnonymous]
public sealed class KeluarModel(IDatabase database, TimeProvider clock) : PageModel
{
    public IActionResult OnGet() => User.Identity?.IsAuthenticated == true ? Page() : Redirect("/console/masuk");

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (User.FindFirst(ConsoleViewers.SessionClaim)?.Value is { } sessionId)
            await database.WriteAsync((connection, transaction) => ConsoleSessions.EndAsync(connection, transaction, sessionId, clock.GetUtcNow()), cancellationToken);
        await HttpContext.SignOutAsync(ConsoleSetup.Scheme);
        return Redirect("/console/masuk");
    }
}
