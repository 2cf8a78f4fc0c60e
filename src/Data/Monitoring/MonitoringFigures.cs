using System.Data.Common;
using Dapper;

namespace Pkkpm.Data.Monitoring;

/// <summary>
/// The console's figures for a scope and a period: one query (one round trip) per figure family,
/// aggregated in SQL. Reads only; every query is bounded by the scope's condition on groups.
/// </summary>
public sealed partial class MonitoringFigures(IDatabase database)
{
    // An entry counts in a period's money only if it was never reversed and reverses nothing, as REKAP
    // counts its window (ConversationData.Groups): a reversal dated in the period of an entry from
    // before it would otherwise make the period look smaller than it was.
    // The unary plus keeps SQLite from answering "is null" with the unique index on reverses_entry_id
    // (nearly every entry has none: at 1M members it walked 12M rows for one group's week, 4 s of CPU)
    // instead of the index on the group and day; PostgreSQL takes it as the number itself.
    internal const string Unreversed =
        "+e.reverses_entry_id is null and not exists (select 1 from ledger_entries x where x.reverses_entry_id = e.id)";

    private Task<T> ReadAsync<T>(MonitoringScope scope, object? values, Func<DbConnection, Query, Task<T>> read, CancellationToken cancellationToken) =>
        database.ReadAsync(async connection =>
        {
            var parameters = new DynamicParameters(values);
            var where = scope.Where(connection, parameters);
            var postgres = Dialect.IsPostgres(connection);
            if (!postgres) return await read(connection, new Query(where, parameters, new DateSql(false), null, cancellationToken));

            // PostgreSQL would JIT-compile these aggregates (their estimated cost passes jit_above_cost
            // long before the tables are large): seconds of LLVM work, on a busy server tens of seconds,
            // that no statement here repays. One read-only transaction also gives the figures of one
            // family a single snapshot.
            await using var transaction = await connection.BeginTransactionAsync(System.Data.IsolationLevel.RepeatableRead, cancellationToken);
            await connection.ExecuteAsync(new CommandDefinition("set transaction read only; set local jit = off", transaction: transaction, cancellationToken: cancellationToken));
            var result = await read(connection, new Query(where, parameters, new DateSql(true), transaction, cancellationToken));
            await transaction.CommitAsync(cancellationToken);
            return result;
        }, cancellationToken);

    private sealed record Query(string Scope, DynamicParameters Parameters, DateSql Sql, DbTransaction? Transaction, CancellationToken CancellationToken)
    {
        public CommandDefinition Command(string text) => new(text, Parameters, Transaction, cancellationToken: CancellationToken);
    }

    private static object PeriodValues(ReportPeriod period) => new { period.From, period.To };
}
