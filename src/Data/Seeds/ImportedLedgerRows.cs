using System.Data;
using System.Data.Common;
using Npgsql;
using NpgsqlTypes;

namespace Pkkpm.Data.Seeds;

/// <summary>
/// Writes imported ledger rows at the speed a large import needs, inside the import's transaction:
/// on PostgreSQL by binary COPY (every row trigger still fires, so each entry gets its code), on
/// SQLite through one insert compiled once and run for every row, instead of compiling the
/// statement again for each of millions of rows.
/// </summary>
internal sealed class ImportedLedgerRows : IAsyncDisposable
{
    private const string Columns = "group_id, person_id, kind, amount, loan_id, occurred_on, source, source_ref, note, recorded_at";

    private readonly NpgsqlBinaryImporter? _copy;
    private readonly DbCommand? _insert;
    private bool _prepared;

    private ImportedLedgerRows(NpgsqlBinaryImporter? copy, DbCommand? insert) => (_copy, _insert) = (copy, insert);

    public static async Task<ImportedLedgerRows> OpenAsync(DbConnection connection, DbTransaction transaction)
    {
        if (connection is NpgsqlConnection postgres)
            return new(await postgres.BeginBinaryImportAsync($"copy ledger_entries ({Columns}) from stdin (format binary)"), null);

        var insert = connection.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText = $"""
            insert into ledger_entries ({Columns})
            values (@GroupId, @PersonId, @Kind, @Amount, @LoanId, @Date, 'import', @SourceRef, @Note, @Now)
            """;
        foreach (var (name, type) in new[] { ("GroupId", DbType.Int64), ("PersonId", DbType.Int64), ("Kind", DbType.String), ("Amount", DbType.Int64),
                     ("LoanId", DbType.Int64), ("Date", DbType.Date), ("SourceRef", DbType.String), ("Note", DbType.String), ("Now", DbType.DateTimeOffset) })
        {
            var parameter = insert.CreateParameter();
            parameter.ParameterName = "@" + name;
            parameter.DbType = type;
            insert.Parameters.Add(parameter);
        }
        return new(null, insert);
    }

    /// <summary><paramref name="now"/> as <see cref="DapperTypes.Stored"/> gives it: these parameters bypass Dapper.</summary>
    public async Task WriteAsync(long groupId, long personId, string kind, long amount, long? loanId, DateOnly date, string sourceRef, string? note, DateTimeOffset now)
    {
        if (_copy is not null)
        {
            await _copy.StartRowAsync();
            await _copy.WriteAsync(groupId, NpgsqlDbType.Bigint);
            await _copy.WriteAsync(personId, NpgsqlDbType.Bigint);
            await _copy.WriteAsync(kind, NpgsqlDbType.Text);
            await _copy.WriteAsync(amount, NpgsqlDbType.Bigint);
            if (loanId is { } loan) await _copy.WriteAsync(loan, NpgsqlDbType.Bigint); else await _copy.WriteNullAsync();
            await _copy.WriteAsync(date, NpgsqlDbType.Date);
            await _copy.WriteAsync("import", NpgsqlDbType.Text);
            await _copy.WriteAsync(sourceRef, NpgsqlDbType.Text);
            if (note is not null) await _copy.WriteAsync(note, NpgsqlDbType.Text); else await _copy.WriteNullAsync();
            await _copy.WriteAsync(now, NpgsqlDbType.TimestampTz);
            return;
        }

        var values = new object?[] { groupId, personId, kind, amount, loanId, date, sourceRef, note, now };
        for (var i = 0; i < values.Length; i++) _insert!.Parameters[i].Value = values[i] ?? DBNull.Value;
        if (!_prepared)
        {
            await _insert!.PrepareAsync();
            _prepared = true;
        }
        await _insert!.ExecuteNonQueryAsync();
    }

    /// <summary>Ends the COPY: its rows are then in the import's transaction. Not called: the COPY is cancelled.</summary>
    public async Task CompleteAsync()
    {
        if (_copy is not null) await _copy.CompleteAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (_copy is not null) await _copy.DisposeAsync();
        if (_insert is not null) await _insert.DisposeAsync();
    }
}
