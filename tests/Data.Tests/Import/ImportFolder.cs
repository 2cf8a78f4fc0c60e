namespace Pkkpm.Data.Tests.Import;

/// <summary>A folder of CSVs a test writes, removed after.</summary>
internal sealed class ImportFolder : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("pkkpm-import-").FullName;

    public ImportFolder With(string file, params string[] lines)
    {
        File.WriteAllLines(System.IO.Path.Combine(Path, file), lines);
        return this;
    }

    public void Dispose()
    {
        try { Directory.Delete(Path, recursive: true); } catch (IOException) { }
    }
}
