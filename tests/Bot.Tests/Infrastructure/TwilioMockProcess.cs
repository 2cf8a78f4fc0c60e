using System.ComponentModel;
using System.Diagnostics;
using System.Net.Sockets;

namespace Pkkpm.Bot.Tests.Infrastructure;

/// <summary>
/// The Twilio mock's process (tests/TwilioMock/run-mock.sh, which becomes Prism), started by this
/// test run and stopped only through its own <see cref="Process"/>: never by a pid read from its
/// output, since a pid of 0 (a mock that never started) means the run's whole process group.
/// </summary>
internal sealed class TwilioMockProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly OutputTail _errors = new();

    private TwilioMockProcess(Process process) => _process = process;

    /// <summary>
    /// Starts <paramref name="script"/> and waits until it listens on <paramref name="port"/>; if it
    /// exits or is not listening <paramref name="within"/>, it is stopped and
    /// <see cref="TwilioMockUnavailableException"/> says why.
    /// </summary>
    public static async Task<TwilioMockProcess> StartAsync(string script, int port, string upstream, TimeSpan within)
    {
        var start = new ProcessStartInfo("bash", [script, port.ToString(), upstream])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        Process process;
        try
        {
            process = Process.Start(start) ?? throw new TwilioMockUnavailableException("bash did not start");
        }
        catch (Win32Exception e)
        {
            throw new TwilioMockUnavailableException($"bash could not be started ({e.Message})");
        }
        var mock = new TwilioMockProcess(process);
        // Prism logs every request: its output is read all along, or it would block on a full pipe.
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, line) => mock._errors.Add(line.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            await mock.WaitUntilListeningAsync(port, within);
            return mock;
        }
        catch
        {
            await mock.DisposeAsync();
            throw;
        }
    }

    private async Task WaitUntilListeningAsync(int port, TimeSpan within)
    {
        var watch = Stopwatch.StartNew();
        while (watch.Elapsed < within)
        {
            if (_process.HasExited)
            {
                await _process.WaitForExitAsync(); // the last lines of its output are in
                throw new TwilioMockUnavailableException($"{_errors} (exit status {_process.ExitCode})");
            }
            if (await ListensAsync(port)) return;
            await Task.Delay(100);
        }
        throw new TwilioMockUnavailableException($"it was not listening within {within.TotalSeconds:0} s. {_errors}".Trim());
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

    /// <summary>Stops the mock and whatever it started (npm while installing), if it still runs.</summary>
    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
    }

    /// <summary>The last lines a process wrote, for the reason it gives when it fails.</summary>
    private sealed class OutputTail
    {
        private readonly Queue<string> _lines = new();

        public void Add(string? line)
        {
            if (string.IsNullOrWhiteSpace(line)) return;
            lock (_lines)
            {
                _lines.Enqueue(line.Trim());
                if (_lines.Count > 5) _lines.Dequeue();
            }
        }

        public override string ToString()
        {
            lock (_lines) return string.Join(" ", _lines);
        }
    }
}

/// <summary>Why the Twilio mock could not start, in words a person can act on.</summary>
internal sealed class TwilioMockUnavailableException(string reason) : Exception(reason);
