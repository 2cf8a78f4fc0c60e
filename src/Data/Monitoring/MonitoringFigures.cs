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

    // Set only on the figures SharingLoanBookAsync hands out: their reads go to its one connection.
    private SharedReads? _shared;

    /// <summary>
    /// Runs <paramref name="reads"/> with figures that read on one reader connection, one family after
    /// another, and compute each loan book once: a page's list, its loan figures and its members in
    /// arrears then share one book instead of computing it three times. What they read beside the
    /// book on a reader of their own (a list's members and money) takes its turn on
    /// <paramref name="otherLane"/> when one is given.
    /// </summary>
    public Task<T> SharingLoanBookAsync<T>(Func<MonitoringFigures, Task<T>> reads, CancellationToken cancellationToken = default,
        ReadingLane? otherLane = null) =>
        database.ReadAsync(async connection =>
        {
            var shared = new SharedReads(connection, otherLane);
            return await reads(new MonitoringFigures(database) { _shared = shared });
        }, cancellationToken);

    private Task<T> ReadAsync<T>(MonitoringScope scope, object? values, Func<DbConnection, Query, Task<T>> read, CancellationToken cancellationToken) =>
        _shared is { } shared
            ? ReadOnAsync(shared.Connection, shared, scope, values, read, cancellationToken)
            : database.ReadAsync(connection => ReadOnAsync(connection, shared: null, scope, values, read, cancellationToken), cancellationToken);

    private static async Task<T> ReadOnAsync<T>(DbConnection connection, SharedReads? shared, MonitoringScope scope, object? values,
        Func<DbConnection, Query, Task<T>> read, CancellationToken cancellationToken)
    {
        var parameters = new DynamicParameters(values);
        var where = scope.Where(connection, parameters);
        var postgres = Dialect.IsPostgres(connection);
        if (!postgres) return await read(connection, new Query(connection, scope, where, parameters, new DateSql(false), null, shared, cancellationToken));

        // PostgreSQL would JIT-compile these aggregates (their estimated cost passes jit_above_cost
        // long before the tables are large): seconds of LLVM work, on a busy server tens of seconds,
        // that no statement here repays. One transaction also gives the figures of one family a
        // single snapshot, read only.
        await using var transaction = await connection.BeginTransactionAsync(System.Data.IsolationLevel.RepeatableRead, cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            "set transaction read only; set local jit = off", transaction: transaction, cancellationToken: cancellationToken));
        var result = await read(connection, new Query(connection, scope, where, parameters, new DateSql(true), transaction, shared, cancellationToken));
        await transaction.CommitAsync(cancellationToken);
        return result;
    }

    private sealed record Query(DbConnection Connection, MonitoringScope ScopeOf, string Scope, DynamicParameters Parameters, DateSql Sql,
        DbTransaction? Transaction, SharedReads? Shared, CancellationToken CancellationToken)
    {
        public CommandDefinition Command(string text) => new(text, Parameters, Transaction, cancellationToken: CancellationToken);

        /// <summary>
        /// The loan book of the scope at the end of <paramref name="to"/> (which @To holds); with
        /// shared reads, read once for all the page's families.
        /// </summary>
        public Task<LoanBook> LoanBookAsync(DateOnly to) =>
            Shared is null ? ReadLoanBookAsync(to) : Shared.LoanBookAsync($"{ScopeOf.Key}|{to:yyyy-MM-dd}", () => ReadLoanBookAsync(to));

        private async Task<LoanBook> ReadLoanBookAsync(DateOnly to)
        {
            var groups = (await Connection.QueryAsync<BookGroup>(Command(LoanBook.GroupsSql(Scope)))).ToDictionary(g => g.Id);
            if (Sql.Postgres && groups.Count > ListedUpToGroups)
            {
                var side = await SideAsync(to);
                await using var passes = await Connection.ExecuteReaderAsync(Command(LoanBook.PassesSql(Sql, side)));
                return await LoanBook.ReadInPassesAsync(passes, side, groups, to, CancellationToken);
            }
            await using var reader = await Connection.ExecuteReaderAsync(Command(LoanBook.LoansSql(Sql, Scope)));
            return await LoanBook.ReadAsync(reader, groups, to, CancellationToken);
        }

        // The side of the day with fewer of the ledger's days, as if its entries were spread evenly.
        private async Task<LoanBook.Side> SideAsync(DateOnly to)
        {
            var days = await Connection.QuerySingleAsync<LedgerDays>(Command("select min(occurred_on) as First, max(occurred_on) as Last from ledger_entries"));
            if (days.Last is not { } last || last <= to || days.First is not { } first) return LoanBook.Side.Kept;
            return last.DayNumber - to.DayNumber < to.DayNumber - first.DayNumber ? LoanBook.Side.KeptLessEntriesAfter : LoanBook.Side.EntriesUpTo;
        }
    }

    private sealed class LedgerDays
    {
        public DateOnly? First { get; init; }
        public DateOnly? Last { get; init; }
    }

    private static object PeriodValues(ReportPeriod period) => new { period.From, period.To };
}
