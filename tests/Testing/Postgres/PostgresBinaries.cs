using System.Diagnostics;

namespace Pkkpm.Testing.Postgres;

/// <summary>
/// The machine's own PostgreSQL server programs (initdb, pg_ctl), found under
/// /usr/lib/postgresql/*/bin (the newest version) or on PATH. initdb refuses to run as root, so
/// when the tests run as root the programs run as the postgres user.
/// </summary>
internal sealed class PostgresBinaries(string folder)
{
    public const string RunAsUser = "postgres";

    public static PostgresBinaries Find()
    {
        var versions = (Directory.Exists("/usr/lib/postgresql") ? Directory.GetDirectories("/usr/lib/postgresql") : [])
            .Select(d => Path.Combine(d, "bin"))
            .Where(bin => IsProgram(Path.Combine(bin, "initdb")))
            .OrderByDescending(bin => int.TryParse(Path.GetFileName(Path.GetDirectoryName(bin)), out var v) ? v : 0);
        var onPath = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':', StringSplitOptions.RemoveEmptyEntries)
            .Where(bin => IsProgram(Path.Combine(bin, "initdb")));
        var found = versions.Concat(onPath).FirstOrDefault()
            ?? throw new InvalidOperationException("no initdb under /usr/lib/postgresql/*/bin or on PATH (Debian: apt-get install postgresql)");
        return new PostgresBinaries(found);
    }

    // A link (/usr/local/bin/initdb) counts only if what it points to is there.
    private static bool IsProgram(string path)
    {
        var file = new FileInfo(path);
        return file.Exists && (file.LinkTarget is null || file.ResolveLinkTarget(returnFinalTarget: true)?.Exists == true);
    }

    public static bool AsOtherUser => Environment.IsPrivilegedProcess;

    /// <summary>Lets the postgres user own <paramref name="path"/> when the tests run as root.</summary>
    public static void HandOver(string path)
    {
        if (AsOtherUser) Run("chown", ["-R", RunAsUser, path], TimeSpan.FromSeconds(30));
    }

    public string Execute(string program, IEnumerable<string> arguments, TimeSpan timeout)
    {
        var path = Path.Combine(folder, program);
        return AsOtherUser ? Run("runuser", ["-u", RunAsUser, "--", path, .. arguments], timeout) : Run(path, arguments, timeout);
    }

    private static string Run(string program, IEnumerable<string> arguments, TimeSpan timeout)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start");
        // Read both streams as they come: a full pipe would block the program.
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new InvalidOperationException($"{Path.GetFileName(program)} did not finish within {timeout.TotalSeconds} s");
        }
        var text = $"{output.Result}{error.Result}".Trim();
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"{Path.GetFileName(program)} {string.Join(' ', start.ArgumentList)} failed ({process.ExitCode}): {text}");
        return text;
    }
}
