using System.Net;
using System.Net.Sockets;
using Pkkpm.Bot.Tests.Infrastructure;

namespace Pkkpm.Bot.Tests.Observability;

/// <summary>The service as an operator runs it: /metrics on Management__Port, on loopback, and not on the public port.</summary>
[Trait("Category", "NoDatabase")]
public class ManagementPortTests
{
    [Fact]
    public async Task Metrics_listen_on_the_management_port_on_loopback_and_the_public_port_has_none()
    {
        var port = FreePort();
        await using var service = await BotProcess.StartAsync(new()
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Development",
            ["Management__Port"] = port.ToString(),
        }, "--contentRoot", BotApplication.RepoFolder("src/Bot"), "--urls", "http://127.0.0.1:0");
        using var http = new HttpClient();

        await service.WaitForOutputAsync($@"Metrics on http://127\.0\.0\.1:{port}/metrics \(loopback only\)");
        var metrics = await http.GetStringAsync($"http://127.0.0.1:{port}/metrics");
        var publicPort = await http.GetAsync(new Uri(service.Address, "/metrics"));

        Assert.Contains("# TYPE pkkpm_", metrics);
        Assert.Equal(HttpStatusCode.NotFound, publicPort.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync($"http://127.0.0.1:{port}/healthz")).StatusCode);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
