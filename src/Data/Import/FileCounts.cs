namespace Pkkpm.Data.Import;

/// <summary>One file's lines: new rows, rows of the database given other values, rows already there as written.</summary>
/// <param name="Road">The ledger's: how its rows went in (binary COPY, prepared inserts), for whoever wonders at the speed.</param>
public sealed record FileCounts(string File, int Added, int Changed, int Unchanged, string? Road = null)
{
    public override string ToString() => $"{File}: {Added} added, {Changed} changed, {Unchanged} already there" + (Road is null ? "" : $" ({Road})");
}
