namespace Pkkpm.Data;

/// <summary>How an import uses SQLite's file. PostgreSQL has no file to take: it ignores this.</summary>
public enum ImportFileUse
{
    /// <summary>Through the WAL, beside the running service's connections: the service's own imports (seeds, console uploads).</summary>
    Shared,

    /// <summary>The import command's: the file to itself when no other connection has it open (see Sqlite.FileAlone).</summary>
    AloneWhenFree,

    /// <summary>
    /// A large import command's: as <see cref="AloneWhenFree"/>, and a service running on the file is
    /// asked to let go of it first (see Sqlite.ImportRequest).
    /// </summary>
    AloneAskingTheService,
}
