using Npgsql;

namespace Pkkpm.Data.Seeds;

/// <summary>Imported ledger rows by binary COPY: one stream for all of them, no statement per row.</summary>
internal sealed class CopiedLedgerRows(BinaryCopy copy, DateTimeOffset recordedAt) : ImportedLedgerRows
{
    public static async Task<CopiedLedgerRows> OpenAsync(NpgsqlConnection connection, DateTimeOffset recordedAt) =>
        new(await BinaryCopy.OpenAsync(connection, $"copy ledger_entries ({Columns}) from stdin (format binary)"), DapperTypes.Stored(recordedAt));

    public override string Road => "binary COPY";

    public override ValueTask WriteAsync(long groupId, long personId, string kind, long amount, long? loanId, DateOnly date, string sourceRef, string? note)
    {
        // In the order of Columns.
        copy.StartRow(10);
        copy.Write(groupId);
        copy.Write(personId);
        copy.Write(kind);
        copy.Write(amount);
        copy.Write(loanId);
        copy.Write(date);
        copy.Write("import");
        copy.Write(sourceRef);
        copy.Write(note);
        copy.Write(recordedAt);
        return copy.EndRowAsync();
    }

    // Disposed without it, the COPY is cancelled.
    public override Task CompleteAsync() => copy.CompleteAsync();

    public override ValueTask DisposeAsync() => copy.DisposeAsync();
}
