using System.Data.Common;
using Dapper;

namespace Pkkpm.Data.Console;

/// <summary>
/// The signed-in person as they are now (role and groups may have changed since they signed in),
/// found by their open session, in one round trip: the person, the groups they belong to or
/// accompany (for a pemantau, the groups of their villages: a few villages' worth), and the
/// villages a pemantau watches.
/// </summary>
public static class ConsolePeople
{
    public sealed record Person(long PersonId, string Name, string Role, string Salutation);

    public sealed record Group(long GroupId, string Code, string Name, string Village);

    public sealed record Found(Person Person, IReadOnlyList<Group> Groups, IReadOnlyList<string> Villages);

    private const string Sql = """
        select p.id as PersonId, p.name as Name, p.role as Role, p.salutation as Salutation
          from console_sessions s join people p on p.id = s.person_id
         where s.id = @SessionId and s.ended_at is null;
        select g.id as GroupId, g.code as Code, g.name as Name, g.village as Village
          from groups g
         where g.id in (select m.group_id from memberships m
                         where m.person_id = (select person_id from console_sessions where id = @SessionId))
            or g.village in (select v.village from pemantau_villages v
                              where v.person_id = (select person_id from console_sessions where id = @SessionId))
         order by g.village, g.name;
        select v.village from pemantau_villages v
         where v.person_id = (select person_id from console_sessions where id = @SessionId)
         order by v.village;
        """;

    /// <summary>Null when the session is unknown or ended.</summary>
    public static async Task<Found?> FindBySessionAsync(DbConnection connection, string sessionId)
    {
        using var results = await connection.QueryMultipleAsync(Sql, new { SessionId = sessionId });
        var person = await results.ReadSingleOrDefaultAsync<Person>();
        var groups = (await results.ReadAsync<Group>()).ToList();
        var villages = (await results.ReadAsync<string>()).ToList();
        return person is null ? null : new Found(person, groups, villages);
    }

    /// <summary>The groups <paramref name="personId"/> is a member of (with a list number).</summary>
    public static async Task<IReadOnlyList<long>> GroupsOfMemberAsync(DbConnection connection, long personId) =>
        (await connection.QueryAsync<long>("select group_id from memberships where person_id = @PersonId and list_number is not null",
            new { PersonId = personId })).ToList();
}
