using System.Diagnostics;
using System.Net.Sockets;
using Pkkpm.Bot.Tests.Infrastructure;

namespace Pkkpm.Bot.Tests.SelfContained;

/// <summary>
/// The Twilio mock's fixture on a machine that cannot run the mock: its tests are skipped (or fail
/// in CI) with the reason, and the fixture signals no process but the one it started. A bystander
/// process of the test run, in the same process group, must outlive every case.
/// </summary>
[Trait("Category", "NoDatabase")] // the same on either database: ./test.sh runs it once
public sealed class TwilioMockFixtureTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("pkkpm-mock-fixture-").FullName;
    private readonly Process _bystander = Process.Start("sleep", "120");

    [Fact]
    public async Task A_mock_that_cannot_start_skips_its_tests_with_the_reason_and_stops_nothing()
    {
        var script = Script("failing.sh", "echo 'npm is not on PATH, and Prism is not installed yet' >&2", "exit 3");
        var fixture = new TwilioMockFixture(script, TimeSpan.FromSeconds(30), inCi: false);
        await fixture.InitializeAsync();

        var skip = Assert.Throws<SkipException>(() => fixture.NewAccount());
        await fixture.DisposeAsync();

        Assert.Contains("npm is not on PATH, and Prism is not installed yet", skip.Message);
        Assert.Contains("exit status 3", skip.Message);
        Assert.True(IsRunning(_bystander.Id), "a process the fixture did not start was stopped");
        Assert.True(IsRunning(Environment.ProcessId));
    }

    [Fact]
    public async Task In_ci_a_mock_that_cannot_start_fails_its_tests_with_the_reason()
    {
        var script = Script("failing.sh", "echo 'node is not on PATH' >&2", "exit 2");
        var fixture = new TwilioMockFixture(script, TimeSpan.FromSeconds(30), inCi: true);
        await fixture.InitializeAsync();

        var failure = Assert.Throws<InvalidOperationException>(() => fixture.ApiBaseUrl);
        await fixture.DisposeAsync();

        Assert.Contains("node is not on PATH", failure.Message);
        Assert.Contains("CI is set", failure.Message);
        Assert.True(IsRunning(_bystander.Id));
    }

    [Fact]
    public async Task A_mock_that_never_listens_is_stopped_with_what_it_started_and_nothing_else()
    {
        var pids = Path.Combine(_folder, "pids");
        var script = Script("hanging.sh", "sleep 300 &", $"echo \"$$ $!\" > '{pids}'", "wait");
        var fixture = new TwilioMockFixture(script, TimeSpan.FromSeconds(3), inCi: false);
        await fixture.InitializeAsync();

        var skip = Assert.Throws<SkipException>(() => fixture.NewAccount());
        await fixture.DisposeAsync();

        Assert.Contains("not listening within 3 s", skip.Message);
        var started = File.ReadAllText(pids).Split(' ', StringSplitOptions.TrimEntries).Select(int.Parse).ToList();
        Assert.All(started, pid => Assert.False(IsRunning(pid), $"process {pid}, started by the mock's script, still runs"));
        Assert.True(IsRunning(_bystander.Id));
    }

    [Fact]
    public async Task The_real_mock_is_stopped_when_its_tests_are_done()
    {
        var fixture = new TwilioMockFixture();
        await fixture.InitializeAsync();
        var port = new Uri(fixture.ApiBaseUrl).Port; // skipped here, with the reason, where the mock cannot start
        Assert.True(await ListensAsync(port));

        await fixture.DisposeAsync();

        Assert.False(await ListensAsync(port), "the mock still listens after the fixture was disposed");
        Assert.True(IsRunning(_bystander.Id));
    }

    private string Script(string name, params string[] lines)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllLines(path, ["#!/usr/bin/env bash", .. lines]);
        return path;
    }

    /// <summary>Whether the process runs: a zombie (ended, not yet reaped) does not.</summary>
    private static bool IsRunning(int pid)
    {
        var stat = $"/proc/{pid}/stat";
        if (!File.Exists(stat)) return false;
        try
        {
            var afterName = File.ReadAllText(stat).Split(')').Last().TrimStart();
            return afterName[0] is not ('Z' or 'X');
        }
        catch (IOException)
        {
            return false;
        }
    }

    private static async Task<bool> ListensAsync(int port)
    {
        using var client = new TcpClient();
        try
        {
            await client.ConnectAsync("127.0.0.1", port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    public void Dispose()
    {
        if (!_bystander.HasExited) _bystander.Kill();
        _bystander.Dispose();
        Directory.Delete(_folder, recursive: true);
    }
}
