using System.Data.Common;
using Dapper;

namespace Pkkpm.Data.Seeds;

/// <summary>
/// The tables a programme's first import locks on PostgreSQL before it sets their checks aside
/// (dropping a foreign key locks the table it refers to too), always from the first of the list, in
/// the order a member's turn takes them: her message (recorded first), her person, her group, her
/// loan, the ledger, the disputes and reported repayments (a dispute reads its entry first), the codes
/// (a report takes its code by trigger after its row). A turn that comes in meanwhile waits at the first
/// table the import holds, holding none the import waits for. Taken in another order (people, then the
/// messages), each turn waiting for people would hold the message table the import then asks for, and
/// the server would abort one of the two. A turn that takes two of them the other way round (an
/// acceptance: its entry's code, then the report) may still meet the import head on: the server then
/// aborts one, and PostgresDatabase runs it again. SQLite needs none of this: its writer holds the whole file.
/// </summary>
internal static class TurnOrderLocks
{
    private static readonly string[] TurnOrder =
        ["inbound_messages", "people", "groups", "loans", "ledger_entries", "entry_disputes", "reported_repayments", "codes"];

    /// <summary>Every table of the turn's order up to <paramref name="last"/>, until the import's commit.</summary>
    public static async Task TakeUpToAsync(DbConnection connection, DbTransaction transaction, string last)
    {
        if (!Dialect.IsPostgres(connection)) return;
        var tables = TurnOrder[..(Array.IndexOf(TurnOrder, last) + 1)];
        if (tables.Length == 0) throw new ArgumentException($"{last} is not a table of a turn.", nameof(last));
        await connection.ExecuteAsync($"lock table {string.Join(", ", tables)} in access exclusive mode", transaction: transaction);
    }
}
