namespace Pkkpm.Data.Import;

/// <summary>What an import found: its problems (then nothing was kept) or what each file added,
/// changed and found already there; <see cref="Applied"/> when it was committed. <see cref="Held"/>:
/// how long its transaction held the database's writer, which on SQLite is how long the running
/// service's messages could not be recorded (a dry run's is what the import would take, less its commit).
/// <see cref="FileAlone"/>: SQLite's file was the import's alone (see Sqlite.FileAlone); <see cref="ServiceStoodAside"/>:
/// because the running service let go of it when asked (see Sqlite.ImportRequest).</summary>
public sealed record ImportResult(IReadOnlyList<ImportProblem> Problems, IReadOnlyList<FileCounts> Files, bool Applied, TimeSpan Held = default, bool FileAlone = false,
    bool ServiceStoodAside = false)
{
    public bool IsClean => Problems.Count == 0;
}
