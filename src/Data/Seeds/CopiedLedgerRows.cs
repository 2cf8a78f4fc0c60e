using Npgsql;
using NpgsqlTypes;

namespace Pkkpm.Data.Seeds;

/// <summary>Imported ledger rows by binary COPY: one stream for all of them, no statement per row.</summary>
internal sealed class CopiedLedgerRows(NpgsqlBinaryImporter copy, DateTimeOffset recordedAt) : ImportedLedgerRows
{
    public static async Task<CopiedLedgerRows> OpenAsync(NpgsqlConnection connection, DateTimeOffset recordedAt)
    {
        var copy = await connection.BeginBinaryImportAsync($"copy ledger_entries ({Columns}) from stdin (format binary)");
        // Millions of rows take longer than a command may: the end of the COPY waits for all of them.
        copy.Timeout = TimeSpan.Zero;
        return new(copy, DapperTypes.Stored(recordedAt));
    }

    public override string Road => "binary COPY";

    public override async ValueTask WriteAsync(long groupId, long personId, string kind, long amount, long? loanId, DateOnly date, string sourceRef, string? note)
    {
        await copy.StartRowAsync();
        await copy.WriteAsync(groupId, NpgsqlDbType.Bigint);
        await copy.WriteAsync(personId, NpgsqlDbType.Bigint);
        await copy.WriteAsync(kind, NpgsqlDbType.Text);
        await copy.WriteAsync(amount, NpgsqlDbType.Bigint);
        if (loanId is { } loan) await copy.WriteAsync(loan, NpgsqlDbType.Bigint); else await copy.WriteNullAsync();
        await copy.WriteAsync(date, NpgsqlDbType.Date);
        await copy.WriteAsync("import", NpgsqlDbType.Text);
        await copy.WriteAsync(sourceRef, NpgsqlDbType.Text);
        if (note is not null) await copy.WriteAsync(note, NpgsqlDbType.Text); else await copy.WriteNullAsync();
        await copy.WriteAsync(recordedAt, NpgsqlDbType.TimestampTz);
    }

    // Disposed without it, the COPY is cancelled.
    public override async Task CompleteAsync() => await copy.CompleteAsync();

    public override ValueTask DisposeAsync() => copy.DisposeAsync();
}
