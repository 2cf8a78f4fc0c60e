namespace Pkkpm.Data.Sqlite;

/// <summary>
/// A large import command's request that a service running on the same SQLite file let go of it, so
/// the import can have the file to itself (<see cref="FileAlone"/>): shared through the WAL, every page
/// is written twice, and 13.7M lines took 76-78 s instead of 62-66 s (docs/performance.md). The service
/// records nothing while such an import holds the writer anyway; standing aside, it answers at once
/// that it is busy (503 with Retry-After) instead of after a wait, and its console pages do the same.
/// The request is a file beside the database, "FILE-import", locked by the import for as long as it
/// wants the file; <see cref="SqliteDatabase"/> looks for it every <see cref="LookEvery"/>. The lock
/// is the OS's (flock, taken by .NET for <see cref="FileShare.None"/>): a request left behind by an
/// import that died is not locked, so it is no request.
/// </summary>
internal sealed class ImportRequest : IDisposable
{
    public static readonly TimeSpan LookEvery = TimeSpan.FromMilliseconds(200);

    private readonly string _path;
    private readonly FileStream _held;

    private ImportRequest(string path, FileStream held)
    {
        _path = path;
        _held = held;
    }

    public static string PathFor(string databasePath) => databasePath + "-import";

    /// <summary>The request, held until disposed; null when it cannot be made (another import holds one).</summary>
    public static async Task<ImportRequest?> MakeAsync(string databasePath)
    {
        var path = PathFor(databasePath);
        // A service's look takes a shared lock for an instant: the exclusive one may fail once or twice meanwhile.
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return new(path, new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
            }
            catch (IOException) when (attempt < 10)
            {
                await Task.Delay(10);
            }
            catch (IOException)
            {
                return null;
            }
        }
    }

    /// <summary>True while an import holds a request for the file.</summary>
    public static bool IsMade(string databasePath)
    {
        var path = PathFor(databasePath);
        if (!File.Exists(path)) return false;
        try
        {
            // Opening takes a shared lock, which fails while the import holds its exclusive one.
            using var look = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
            return false;
        }
        catch (Exception e) when (e is FileNotFoundException or UnauthorizedAccessException)
        {
            return false;
        }
        catch (IOException)
        {
            return true;
        }
    }

    public void Dispose()
    {
        // Removed before the lock goes: a service that looks in between finds no request, as after.
        try
        {
            File.Delete(_path);
        }
        finally
        {
            _held.Dispose();
        }
    }
}
