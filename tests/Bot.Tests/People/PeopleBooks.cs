using Dapper;
using Pkkpm.Bot.Tests.Infrastructure;

namespace Pkkpm.Bot.Tests.People;

/// <summary>What the people tables hold, read directly: a refusal must leave all of it as it was.</summary>
internal static class PeopleBooks
{
    public static async Task<string> SnapshotAsync(this BotApplication app)
    {
        app.CreateClient().Dispose(); // started: the migrations have run
        await using var connection = app.OpenDatabase();
        var people = await connection.QueryAsync<string>("select phone || ' ' || name || ' ' || role || ' ' || salutation from people order by id");
        var memberships = await connection.QueryAsync<string>(
            "select cast(person_id as text) || '/' || cast(group_id as text) || '/' || coalesce(cast(list_number as text), '-') from memberships order by person_id, group_id");
        var changes = await connection.ExecuteScalarAsync<long>("select count(*) from people_changes");
        return string.Join("\n", people) + "\n" + string.Join(",", memberships) + $"\nchanges {changes}";
    }

    public static async Task<(string Kind, string? Source, string? RecordedBy, string? Sid)> LastChangeAsync(this BotApplication app)
    {
        await using var connection = app.OpenDatabase();
        return await connection.QuerySingleAsync<(string, string?, string?, string?)>("""
            select c.kind, c.source, p.phone, c.source_message_sid
              from people_changes c left join people p on p.id = c.recorded_by_person_id
             order by c.id desc limit 1
            """);
    }
}
