namespace Pkkpm.Testing.Postgres;

/// <summary>
/// PostgreSQL's own backup and restore, with the programs of the run's server (pg_dump and
/// pg_restore beside its initdb), as docs/deploy.md tells an operator to use them.
/// </summary>
public static class PgDump
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);

    /// <summary>pg_dump --format=custom of <paramref name="database"/> into a new file in <paramref name="folder"/>.</summary>
    public static async Task<string> DumpAsync(ScratchDatabase database, string folder)
    {
        var server = await PostgresGate.ServerAsync();
        // The programs run as the postgres user when the tests run as root: it writes the file.
        PostgresBinaries.HandOver(folder);
        var file = Path.Combine(folder, $"{database.Name}.dump");
        await Task.Run(() => PostgresBinaries.Find().Execute("pg_dump",
            ["--format=custom", "--host=127.0.0.1", $"--port={server.Port}", "--username=postgres", $"--dbname={database.Name}", $"--file={file}"], Timeout));
        return file;
    }

    /// <summary>pg_restore of <paramref name="file"/> into <paramref name="target"/>, an empty database.</summary>
    public static async Task RestoreAsync(string file, ScratchDatabase target)
    {
        var server = await PostgresGate.ServerAsync();
        await Task.Run(() => PostgresBinaries.Find().Execute("pg_restore",
            ["--exit-on-error", "--no-owner", "--host=127.0.0.1", $"--port={server.Port}", "--username=postgres", $"--dbname={target.Name}", file], Timeout));
    }
}
