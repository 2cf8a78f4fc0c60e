using System.Data.Common;
using Dapper;

namespace Pkkpm.Data.Seeds;

/// <summary>
/// While an import fills an empty memberships table, the triggers that keep each group's members
/// (group_members, 0029) step aside, and the counts are made once after the last member: on
/// PostgreSQL, where the import then wrote a membership a statement, the trigger cost a million
/// members 30 s. On PostgreSQL the memberships' foreign keys to the person and the group step aside
/// too (<see cref="EmptyTablesSetAside"/>), checked once after the last member instead of one at a
/// time (a million members: 9.6 s with them, 1.7 s without). Until the commit the service then waits
/// to record messages and to read people and groups (<see cref="TurnOrderLocks"/>): this happens only
/// in a programme's first import, when it has no members yet. All of it is made again from the
/// definitions the database holds, inside the import's transaction: an import that fails rolls the
/// drop back with everything else.
/// </summary>
internal sealed class MembershipsSetAside(DbConnection connection, DbTransaction transaction, IReadOnlyList<string> triggers, EmptyTablesSetAside checks)
{
    private const string SqliteTriggers = """
        select 'drop trigger ' || name as "Drop", sql as "Create" from sqlite_schema
         where type = 'trigger' and tbl_name = 'memberships' and name like 'memberships_kept_members%'
        """;
    private const string PostgresTriggers = """
        select 'drop trigger ' || quote_ident(tgname) || ' on memberships' as "Drop", pg_get_triggerdef(oid) as "Create" from pg_trigger
         where tgrelid = 'memberships'::regclass and tgname like 'memberships_kept_members%'
        """;

    private sealed record Trigger(string Drop, string Create);

    /// <summary>Null, and nothing set aside, unless memberships is empty.</summary>
    public static async Task<MembershipsSetAside?> TryAsync(DbConnection connection, DbTransaction transaction)
    {
        if (await connection.ExecuteScalarAsync<bool>("select exists (select 1 from memberships)", transaction: transaction)) return null;
        var postgres = Dialect.IsPostgres(connection);
        await TurnOrderLocks.TakeUpToAsync(connection, transaction, "groups");
        var triggers = (await connection.QueryAsync<Trigger>(postgres ? PostgresTriggers : SqliteTriggers, transaction: transaction)).ToList();
        foreach (var trigger in triggers) await connection.ExecuteAsync(trigger.Drop, transaction: transaction);
        var checks = await EmptyTablesSetAside.TakeAsync(connection, transaction, ["memberships"]);
        return new(connection, transaction, [.. triggers.Select(t => t.Create)], checks);
    }

    /// <summary>After the last member: the counts as memberships make them, then the foreign keys and the triggers again.</summary>
    public async Task RestoreAsync()
    {
        await connection.ExecuteAsync($"""
            delete from group_members;
            insert into group_members (group_id, members) select GroupId, Members from ({Monitoring.KeptFigures.GroupMembers}) counted;
            """, transaction: transaction, commandTimeout: 0);
        await checks.RestoreAsync();
        foreach (var create in triggers) await connection.ExecuteAsync(create, transaction: transaction);
    }
}
