using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Pkkpm.Conversations.People;
using Pkkpm.Data;
using Pkkpm.Data.Console;

namespace Pkkpm.Bot.ProgrammeConsole.Access;

/// <summary>
/// Every request with a console cookie: its session must still be open and its person still allowed
/// in; then the viewer is made from the person as they are now. Otherwise the cookie is dropped.
/// </summary>
public static class ConsoleViewers
{
    public const string SessionClaim = "pkkpm:session";

    public static ConsoleViewer? Of(HttpContext context) => context.Features.Get<ConsoleViewer>();

    /// <summary>The viewer of this request; pages that require sign-in always have one.</summary>
    public static ConsoleViewer Viewer(this HttpContext context) =>
        Of(context) ?? throw new InvalidOperationException("No console viewer: the page must require a signed-in person.");

    public static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var sessionId = context.Principal?.FindFirstValue(SessionClaim);
        var database = context.HttpContext.RequestServices.GetRequiredService<IDatabase>();
        var found = sessionId is null ? null
            : await database.ReadAsync(connection => ConsolePeople.FindBySessionAsync(connection, sessionId), context.HttpContext.RequestAborted);
        var viewer = found is null ? null : From(found);
        if (viewer is null)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(ConsoleSetup.Scheme);
            return;
        }
        context.HttpContext.Features.Set(viewer);
    }

    /// <summary>The viewer <paramref name="found"/> makes, or none when their role may not sign in (any more).</summary>
    public static ConsoleViewer? From(ConsolePeople.Found found)
    {
        if (!Roles.TryParse(found.Person.Role, out var role) || !ConsoleRoles.MaySignIn(role)) return null;
        ViewerScope? scope = role switch
        {
            Role.Admin => new ViewerScope.Programme(),
            Role.Pemantau when found.Villages.Count == 0 => new ViewerScope.Programme(),
            Role.Pemantau => new ViewerScope.Villages(found.Villages),
            Role.Pendamping => new ViewerScope.PendampingGroups(found.Person.PersonId),
            _ when found.Groups.Count == 1 => new ViewerScope.OneGroup(found.Groups[0].GroupId),
            _ => null, // an officer of no group (or, against the rules, of several) sees nothing
        };
        if (scope is null) return null;
        var groups = scope is ViewerScope.Programme ? [] : found.Groups;
        return new ConsoleViewer(found.Person.PersonId, found.Person.Name, role, scope, groups);
    }
}
