namespace Pkkpm.Data.Import;

/// <summary>One file's lines: new rows, rows of the database given other values, rows already there as written.</summary>
public sealed record FileCounts(string File, int Added, int Changed, int Unchanged)
{
    public override string ToString() => $"{File}: {Added} added, {Changed} changed, {Unchanged} already there";
}
