using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Pkkpm.Data;
using Pkkpm.Data.Console;

namespace Pkkpm.Bot.ProgrammeConsole.SignIn;

/// <summary>
/// The data-protection key ring (console cookies, antiforgery tokens) in the service's own
/// database: every instance on one PostgreSQL shares it, and it survives restarts and new
/// containers. The keys are stored as ASP.NET Core writes them, not encrypted again: whoever can
/// read the database can read the keys, as they can read everything else there.
/// </summary>
/// <remarks>IXmlRepository is synchronous; it is called when the key ring is loaded or a key is
/// made (once a day or less), never per request.</remarks>
public sealed class DatabaseKeyRing(IDatabase database, TimeProvider clock) : IXmlRepository
{
    public IReadOnlyCollection<XElement> GetAllElements() =>
        Task.Run(() => database.ReadAsync(DataProtectionKeys.AllAsync)).GetAwaiter().GetResult()
            .Select(xml => XElement.Parse(xml)).ToList();

    public void StoreElement(XElement element, string friendlyName) =>
        Task.Run(() => database.WriteAsync((connection, transaction) =>
            DataProtectionKeys.AddAsync(connection, transaction, friendlyName, element.ToString(SaveOptions.DisableFormatting), clock.GetUtcNow()))).GetAwaiter().GetResult();
}
