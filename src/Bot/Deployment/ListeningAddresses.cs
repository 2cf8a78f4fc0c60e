using System.Net;

namespace Pkkpm.Bot.Deployment;

/// <summary>
/// Where Kestrel will listen, read from the same settings it reads (urls, http_ports, https_ports,
/// Kestrel__Endpoints__*__Url), and which of those addresses other machines could reach.
/// </summary>
public static class ListeningAddresses
{
    public static IReadOnlyList<string> From(IConfiguration configuration)
    {
        var addresses = new List<string>();
        addresses.AddRange(Split(configuration["urls"]));
        addresses.AddRange(Split(configuration["http_ports"]).Select(port => $"http://*:{port}"));
        addresses.AddRange(Split(configuration["https_ports"]).Select(port => $"https://*:{port}"));
        addresses.AddRange(configuration.GetSection("Kestrel:Endpoints").GetChildren()
            .Select(endpoint => endpoint["Url"]).OfType<string>().Where(url => url.Length > 0));
        return addresses;
    }

    /// <summary>The addresses that are not loopback; none when nothing is set (Kestrel's default is localhost).</summary>
    public static IReadOnlyList<string> Reachable(IConfiguration configuration) =>
        From(configuration).Where(address => !IsLoopback(address)).ToList();

    /// <summary>localhost, 127.x.x.x or [::1]; a wildcard (*, +, 0.0.0.0, [::]) or any other host is not.</summary>
    public static bool IsLoopback(string address)
    {
        var rest = address.Contains("://") ? address[(address.IndexOf("://", StringComparison.Ordinal) + 3)..] : address;
        var host = rest.StartsWith('[')
            ? rest[..(rest.IndexOf(']') + 1)]
            : rest.Split(':', '/')[0];
        if (host.Equals("localhost", StringComparison.OrdinalIgnoreCase)) return true;
        return IPAddress.TryParse(host.Trim('[', ']'), out var ip) && IPAddress.IsLoopback(ip);
    }

    private static IEnumerable<string> Split(string? value) =>
        (value ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
