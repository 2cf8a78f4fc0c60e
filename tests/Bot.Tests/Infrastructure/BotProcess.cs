using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;

namespace Pkkpm.Bot.Tests.Infrastructure;

/// <summary>
/// The service as its own process, started as an operator starts it: `dotnet Pkkpm.Bot.dll` with
/// settings in the environment and on the command line. For what only a real start shows: what it
/// prints when it refuses to start, the addresses Kestrel really listens on, what survives a
/// SIGKILL. Settings of the machine running the tests (ASPNETCORE_*, Twilio__* ...) are left out.
/// Only the process started here is ever stopped.
/// </summary>
internal sealed partial class BotProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new(), _errors = new();
    private readonly DirectoryInfo _folder;

    private BotProcess(Dictionary<string, string> environment, string[] args)
    {
        _folder = Directory.CreateTempSubdirectory("pkkpm-process-");
        var start = new ProcessStartInfo(DotnetHost())
        {
            WorkingDirectory = _folder.FullName,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Pkkpm.Bot.dll"));
        foreach (var arg in args) start.ArgumentList.Add(arg);
        foreach (var key in start.Environment.Keys.Where(IsServiceSetting).ToList()) start.Environment.Remove(key);
        start.Environment["ConnectionStrings__Pkkpm"] = $"Data Source={Path.Combine(_folder.FullName, "pkkpm.db")}";
        start.Environment["Management__Port"] = "0"; // several may run at once
        foreach (var (key, value) in environment) start.Environment[key] = value;

        _process = new Process { StartInfo = start };
        _process.OutputDataReceived += (_, line) => { lock (_output) _output.AppendLine(line.Data); };
        _process.ErrorDataReceived += (_, line) => { lock (_errors) _errors.AppendLine(line.Data); };
        _process.Start();
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    public string Output { get { lock (_output) return _output.ToString(); } }

    public string Errors { get { lock (_errors) return _errors.ToString(); } }

    /// <summary>Runs the service until it exits by itself, as it does when it refuses to start.</summary>
    public static async Task<(int ExitCode, string Output, string Errors)> RunToExitAsync(Dictionary<string, string> environment, params string[] args)
    {
        await using var service = new BotProcess(environment, args);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        await service._process.WaitForExitAsync(timeout.Token);
        service._process.WaitForExit(); // the last lines of output are read
        return (service._process.ExitCode, service.Output, service.Errors);
    }

    /// <summary>Starts the service and waits until it listens; <see cref="Address"/> is where.</summary>
    public static async Task<BotProcess> StartAsync(Dictionary<string, string> environment, params string[] args)
    {
        var service = new BotProcess(environment, args);
        var watch = Stopwatch.StartNew();
        Match listening;
        while (!(listening = ListeningOn().Match(service.Output)).Success)
        {
            if (service._process.HasExited || watch.Elapsed > TimeSpan.FromSeconds(90))
            {
                await service.DisposeAsync();
                throw new InvalidOperationException($"The service did not start: {service.Errors}{service.Output}");
            }
            await Task.Delay(50);
        }
        service.Address = new Uri(listening.Groups[1].Value);
        return service;
    }

    public Uri Address { get; private set; } = null!;

    /// <summary>Waits until the service has written <paramref name="pattern"/> to its output.</summary>
    public async Task<Match> WaitForOutputAsync(string pattern)
    {
        var watch = Stopwatch.StartNew();
        Match match;
        while (!(match = Regex.Match(Output, pattern)).Success)
        {
            if (watch.Elapsed > TimeSpan.FromSeconds(30)) throw new TimeoutException($"No '{pattern}' in: {Output}");
            await Task.Delay(50);
        }
        return match;
    }

    /// <summary>
    /// SIGKILL to this process alone (never one it did not start), as a power cut or the kernel's
    /// OOM killer ends it: no shutdown, nothing it was doing gets to finish. Waits until it is gone.
    /// </summary>
    public void Kill()
    {
        _process.Kill(entireProcessTree: false);
        _process.WaitForExit();
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
        _process.Dispose();
        _folder.Delete(recursive: true);
    }

    /// <summary>The dotnet the tests run on (the SDK says where), else the one on PATH.</summary>
    public static string DotnetHost() => Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet";

    private static bool IsServiceSetting(string key) =>
        key.StartsWith("ASPNETCORE_", StringComparison.OrdinalIgnoreCase) || key.Contains("__")
        || key.ToUpperInvariant() is "DOTNET_ENVIRONMENT" or "DOTNET_URLS" or "DOTNET_HTTP_PORTS" or "DOTNET_HTTPS_PORTS";

    [GeneratedRegex(@"Now listening on: (\S+)")]
    private static partial Regex ListeningOn();
}
