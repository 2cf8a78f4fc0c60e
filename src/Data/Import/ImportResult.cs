namespace Pkkpm.Data.Import;

/// <summary>What an import found: its problems (then nothing was kept) or what each file added,
/// changed and found already there; <see cref="Applied"/> when it was committed.</summary>
public sealed record ImportResult(IReadOnlyList<ImportProblem> Problems, IReadOnlyList<FileCounts> Files, bool Applied)
{
    public bool IsClean => Problems.Count == 0;
}
