using System.Net;
using System.Net.Sockets;
using Pkkpm.Testing.Postgres;

namespace Pkkpm.Bot.Tests.Infrastructure;

/// <summary>
/// Twilio's own OpenAPI mock (tests/TwilioMock/run-mock.sh, Stoplight Prism) in proxy mode in front
/// of a <see cref="ScriptedTwilio"/>: every request the service makes is checked against Twilio's
/// description before the fake answers it. Started once for the collection; the first run on a
/// machine installs Prism from the npm registry into a cache folder (about a minute).
/// When the mock cannot start (no node or npm, no registry), a test that needs it is skipped with
/// the reason, or fails with it in CI, as the PostgreSQL tests do; the others of the collection run.
/// </summary>
public sealed class TwilioMockFixture : IAsyncLifetime
{
    private readonly string _startScript;
    private readonly TimeSpan _startWithin;
    private readonly bool _inCi;
    private TwilioMockProcess? _mock;
    private ScriptedTwilio? _fake;
    private string? _unavailable;
    private string _apiBaseUrl = "";

    public TwilioMockFixture()
        : this(BotApplication.RepoFolder(Path.Combine("tests", "TwilioMock", "run-mock.sh")), TimeSpan.FromMinutes(4), PostgresGate.InCi)
    {
    }

    internal TwilioMockFixture(string startScript, TimeSpan startWithin, bool inCi)
    {
        _startScript = startScript;
        _startWithin = startWithin;
        _inCi = inCi;
    }

    internal ScriptedTwilio Fake => Running()._fake!;

    /// <summary>Where the mock listens: Twilio__ApiBaseUrl.</summary>
    public string ApiBaseUrl => Running()._apiBaseUrl;

    internal ScriptedTwilioAccount NewAccount() => Fake.NewAccount(BotApplication.AuthToken);

    public async Task InitializeAsync()
    {
        _fake = await ScriptedTwilio.StartAsync();
        var port = FreePort();
        try
        {
            _mock = await TwilioMockProcess.StartAsync(_startScript, port, _fake.BaseUrl, _startWithin);
            _apiBaseUrl = $"http://127.0.0.1:{port}";
        }
        catch (TwilioMockUnavailableException e)
        {
            _unavailable = e.Message;
        }
    }

    private TwilioMockFixture Running()
    {
        if (_unavailable is null) return this;
        var reason = $"the Twilio mock (tests/TwilioMock/run-mock.sh) could not start: {_unavailable}";
        if (_inCi) throw new InvalidOperationException($"{reason} (CI is set, so the tests that need it fail instead of being skipped)");
        throw new SkipException($"Skipped: {reason}");
    }

    public async Task DisposeAsync()
    {
        if (_mock is not null) await _mock.DisposeAsync();
        if (_fake is not null) await _fake.DisposeAsync();
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
