using System.Data.Common;
using Dapper;

namespace Pkkpm.Data.Stores;

/// <summary>
/// The arrears reminder switched on or off, by the member herself (INGATKAN, INGATKAN BERHENTI) or by
/// her pendamping or an admin in the console at her request: arrears_reminders holds who gets it now,
/// arrears_reminder_changes each switch, by whom and from where (the console: 'console', no message).
/// </summary>
public sealed partial class ConversationData
{
    private const string ReminderOnSql =
        "insert into arrears_reminders (person_id, subscribed_at, source_message_sid) values (@PersonId, @Now, @Sid) on conflict (person_id) do nothing";

    private const string ReminderOffSql = "delete from arrears_reminders where person_id = @PersonId";

    private const string ReminderChangeSql = $"""
        insert into arrears_reminder_changes (person_id, wanted, recorded_by_person_id, source_message_sid, source, recorded_at)
        values (@PersonId, @Wanted, {RecordedBy}, @Sid, @Source, @Now)
        """;

    public async Task<bool> SetArrearsReminderAsync(long personId, bool wanted, CancellationToken cancellationToken)
    {
        var changed = await connection.ExecuteAsync(PeopleAttributed(wanted ? ReminderOnSql : ReminderOffSql, new { PersonId = personId }, cancellationToken)) > 0;
        if (changed)
            await connection.ExecuteAsync(PeopleAttributed(ReminderChangeSql, new { PersonId = personId, Wanted = wanted }, cancellationToken));
        return changed;
    }

    /// <summary>Whether the member gets the weekly reminder, outside any turn (the console's member page).</summary>
    public static async Task<bool> GetsArrearsReminderAsync(DbConnection connection, long personId) =>
        await connection.ExecuteScalarAsync<long>("select count(*) from arrears_reminders where person_id = @PersonId", new { PersonId = personId }) > 0;
}
