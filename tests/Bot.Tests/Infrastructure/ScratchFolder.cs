namespace Pkkpm.Bot.Tests.Infrastructure;

/// <summary>An empty folder of one test's own (for backups), removed after it.</summary>
internal sealed class ScratchFolder : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("pkkpm-backup-").FullName;

    public void Dispose()
    {
        try { Directory.Delete(Path, recursive: true); } catch (IOException) { }
    }
}
