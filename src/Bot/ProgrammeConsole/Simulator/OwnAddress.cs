using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace Pkkpm.Bot.ProgrammeConsole.Simulator;

/// <summary>
/// Where the simulator posts its webhooks: this very process, on the address Kestrel listens on,
/// through loopback. Behind a reverse proxy that is still right: the request never leaves the
/// machine, and the signature is made for the public URL the service checks against
/// (Twilio__PublicBaseUrl). Tests on the in-memory TestServer give the client its handler instead.
/// </summary>
public sealed class OwnAddress(IServer server)
{
    /// <summary>Used when the server names no address (an in-memory test server).</summary>
    public static readonly Uri Fallback = new("http://localhost/");

    public Uri BaseUri()
    {
        var addresses = server.Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        // Plain http first: the call stays on this machine, and a certificate is made for the public name.
        var address = addresses.OrderBy(a => a.StartsWith("https:", StringComparison.OrdinalIgnoreCase)).FirstOrDefault();
        if (address is null) return Fallback;
        var uri = new UriBuilder(address.Replace("://+", "://0.0.0.0").Replace("://*", "://0.0.0.0"));
        // A wildcard listens on every interface, loopback included.
        if (uri.Host is "0.0.0.0" or "[::]" or "::") uri.Host = "127.0.0.1";
        uri.Path = "/";
        return uri.Uri;
    }

    /// <summary>
    /// The simulator's connections go to this process only. When it listens on https alone, the
    /// certificate names the public host, not 127.0.0.1, so it is accepted for loopback calls.
    /// </summary>
    public static HttpMessageHandler Handler() => new SocketsHttpHandler
    {
        SslOptions = { RemoteCertificateValidationCallback = (_, _, _, _) => true },
        PooledConnectionLifetime = TimeSpan.FromMinutes(5),
    };
}
