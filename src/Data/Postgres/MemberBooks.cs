using System.Data.Common;
using Dapper;

namespace Pkkpm.Data.Postgres;

/// <summary>
/// A lock per member, held to the end of the turn's transaction: under read committed, a check
/// made after taking it (the savings before a TARIK, the outstanding before an ANGSURAN) reads
/// every entry committed by the turns that held it before, and no turn can record against the
/// same books until this one commits. Two treasurers' TARIK for one member, sent at once, are
/// checked one after the other.
/// </summary>
internal static class MemberBooks
{
    private const string HoldSql = "select pg_advisory_xact_lock(@Space, @Key)";

    /// <summary>
    /// Takes the keys in ascending order, one at a time, so two turns holding several members (a
    /// TARIK for members 1 and 2, another for 2 and 1) never each wait for what the other holds.
    /// Should they deadlock all the same (a key taken in another way), the server aborts one turn
    /// with 40P01 and PostgresDatabase runs it again from the start.
    /// </summary>
    public static async Task HoldAsync(DbConnection connection, DbTransaction transaction, IEnumerable<long> personIds, CancellationToken cancellationToken)
    {
        foreach (var key in personIds.Select(Key).Distinct().Order())
            await connection.ExecuteAsync(new CommandDefinition(HoldSql, new { Space = AdvisoryLocks.MemberBooks, Key = key }, transaction, cancellationToken: cancellationToken));
    }

    // A person id beyond 2^31 shares a key with another member: the two then wait for each other
    // needlessly, which is slower but never wrong.
    private static int Key(long personId) => unchecked((int)personId);
}
