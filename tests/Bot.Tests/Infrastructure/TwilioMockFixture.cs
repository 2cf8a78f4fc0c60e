using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Pkkpm.Bot.Tests.Infrastructure;

/// <summary>
/// Twilio's own OpenAPI mock (shared/twilio/run-mock.sh, Stoplight Prism) in proxy mode in front of
/// a <see cref="ScriptedTwilio"/>: every request the service makes is checked against Twilio's
/// description before the fake answers it. Started once for the collection; the first run installs
/// Prism from npm into a temp folder (about a minute).
/// </summary>
public sealed class TwilioMockFixture : IAsyncLifetime
{
    private int _mockPid;

    internal ScriptedTwilio Fake { get; private set; } = null!;

    /// <summary>Where the mock listens: Twilio__ApiBaseUrl.</summary>
    public string ApiBaseUrl { get; private set; } = "";

    public string LogPath { get; private set; } = "";

    internal ScriptedTwilioAccount NewAccount() => Fake.NewAccount(BotApplication.AuthToken);

    public async Task InitializeAsync()
    {
        Fake = await ScriptedTwilio.StartAsync();
        var port = FreePort();
        var script = Path.GetFullPath(Path.Combine(BotApplication.RepoFolder(".."), "shared", "twilio", "run-mock.sh"));
        var start = new ProcessStartInfo("bash", [script, port.ToString(), Fake.BaseUrl])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(4));
        await process.WaitForExitAsync(timeout.Token);
        var lastLine = (await output).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).LastOrDefault();
        if (process.ExitCode != 0 || !int.TryParse(lastLine, out _mockPid))
            throw new InvalidOperationException($"The Twilio mock did not start ({process.ExitCode}): {await output} {await errors}");
        ApiBaseUrl = $"http://127.0.0.1:{port}";
        LogPath = Path.Combine(Environment.GetEnvironmentVariable("TWILIO_MOCK_DIR") ?? Path.Combine(Path.GetTempPath(), "twilio-mock"), $"prism-{port}.log");
    }

    public async Task DisposeAsync()
    {
        try
        {
            using var mock = Process.GetProcessById(_mockPid);
            mock.Kill();
            await mock.WaitForExitAsync();
        }
        catch (ArgumentException) { } // already gone
        await Fake.DisposeAsync();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

[CollectionDefinition(Name)]
public sealed class TwilioMockCollection : ICollectionFixture<TwilioMockFixture>
{
    public const string Name = "Twilio mock";
}
