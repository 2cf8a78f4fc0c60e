using System.Diagnostics;

namespace Pkkpm.Testing.Postgres;

/// <summary>
/// Each run's server lives in /tmp/pkkpm-pg-*, with the id of the test process that owns it. A run
/// that was killed cannot stop its server; the next run finds the folder of a process that is gone,
/// stops that server and removes its folder.
/// </summary>
internal static class ServerFolders
{
    private const string Prefix = "pkkpm-pg-";
    private const string OwnerFile = "owner.pid";

    public static string Create()
    {
        var folder = Directory.CreateTempSubdirectory(Prefix).FullName;
        File.WriteAllText(Path.Combine(folder, OwnerFile), Environment.ProcessId.ToString());
        PostgresBinaries.HandOver(folder);
        return folder;
    }

    public static void StopOrphans(PostgresBinaries binaries)
    {
        foreach (var folder in Directory.GetDirectories(Path.GetTempPath(), Prefix + "*"))
        {
            if (IsAlive(Path.Combine(folder, OwnerFile))) continue;
            var data = Path.Combine(folder, "data");
            if (File.Exists(Path.Combine(data, "postmaster.pid")))
                try { binaries.Execute("pg_ctl", ["-D", data, "-m", "immediate", "-w", "stop"], TimeSpan.FromSeconds(30)); }
                catch (InvalidOperationException) { } // not running any more
            try { Directory.Delete(folder, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }
    }

    private static bool IsAlive(string ownerFile)
    {
        // A folder without its owner file is being created right now by another run.
        if (!File.Exists(ownerFile)) return File.GetCreationTimeUtc(Path.GetDirectoryName(ownerFile)!) > DateTime.UtcNow.AddMinutes(-5);
        if (!int.TryParse(File.ReadAllText(ownerFile), out var pid)) return false;
        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException) { return false; }
    }
}
