namespace Pkkpm.Data.Seeds;

/// <summary>A seed row that cannot be loaded: names the file, the line and the reason.</summary>
public sealed class SeedException(string file, int line, string reason)
    : Exception($"{file} line {line}: {reason}")
{
    public string File { get; } = file;
    public int Line { get; } = line;
    public string Reason { get; } = reason;
}
