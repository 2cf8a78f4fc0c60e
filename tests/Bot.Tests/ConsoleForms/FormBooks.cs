using Dapper;
using Pkkpm.Bot.Tests.Infrastructure;

namespace Pkkpm.Bot.Tests.ConsoleForms;

/// <summary>What the schedule and reminder forms may change, read directly: a refusal must leave all of it as it was.</summary>
internal static class FormBooks
{
    public static async Task<string> FormsSnapshotAsync(this BotApplication app)
    {
        app.CreateClient().Dispose(); // started: the migrations have run
        await using var connection = app.OpenDatabase();
        var groups = await connection.QueryAsync<string>("""
            select code || ' ' || meeting_cadence || ' ' || meeting_day || ' ' || meeting_time || ' ' || meeting_place || ' ' || coalesce(cast(first_meeting as text), '-')
              from groups order by id
            """);
        var reminders = await connection.QueryAsync<string>("select cast(person_id as text) from arrears_reminders order by person_id");
        var changes = await connection.ExecuteScalarAsync<long>(
            "select (select count(*) from meeting_schedule_changes) + (select count(*) from arrears_reminder_changes)");
        return string.Join("\n", groups) + "\nreminders " + string.Join(",", reminders) + $"\nchanges {changes}";
    }

    public static async Task<long> PersonIdAsync(this BotApplication app, string phone)
    {
        app.CreateClient().Dispose();
        await using var connection = app.OpenDatabase();
        return await connection.QuerySingleAsync<long>("select id from people where phone = @Phone", new { Phone = phone });
    }
}
