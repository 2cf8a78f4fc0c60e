using Dapper;
using Microsoft.Extensions.Options;
using Pkkpm.Bot.Broadcasts;
using Pkkpm.Bot.ProgrammeConsole.Access;
using Pkkpm.Bot.ProgrammeConsole.People;
using Pkkpm.Conversations.Engine;
using Pkkpm.Conversations.Meetings;
using Pkkpm.Conversations.People;
using Pkkpm.Conversations.Turns;
using Pkkpm.Data;
using Pkkpm.Data.Stores;

namespace Pkkpm.Bot.ProgrammeConsole.Meetings;

/// <summary>
/// The console's way to RAPAT and RAPAT SEMUA: the chat's checks, summary and recording
/// (<see cref="MeetingCalls"/>) with the signed-in person as the sender, as <see cref="PeopleDesk"/>
/// does for people. Checked again when saved; saved only if the summary is still the one confirmed.
/// </summary>
public sealed class MeetingDesk(IDatabase database, TimeProvider clock, IOptions<ConversationOptions> options, BroadcastSignal broadcasts)
{
    private const string ViewerPhone = "select phone from people where id = @PersonId";

    /// <summary>The groups the viewer may call a meeting for: a pendamping's own; an admin's, every group.</summary>
    public Task<IReadOnlyList<GroupRef>> GroupsAsync(ConsoleViewer viewer, CancellationToken cancellationToken) =>
        database.ReadAsync<IReadOnlyList<GroupRef>>(async connection => viewer.Role == Role.Admin
            ? (await connection.QueryAsync<GroupRef>("select id as GroupId, code as Code, name as Name from groups order by code")).ToList()
            : (await connection.QueryAsync<GroupRef>("""
                select g.id as GroupId, g.code as Code, g.name as Name
                  from memberships m join groups g on g.id = m.group_id
                 where m.person_id = @PersonId order by g.code
                """, new { viewer.PersonId })).ToList(), cancellationToken);

    /// <summary>The summary to confirm, or the chat's refusal; nothing is written.</summary>
    public Task<PeopleStep> CheckAsync(ConsoleViewer viewer, MeetingRequest request, CancellationToken cancellationToken) =>
        database.ReadAsync(async connection =>
        {
            await using var snapshot = await ReadSnapshot.BeginAsync(connection, cancellationToken);
            var now = Wib.Now(clock);
            var phone = await connection.ExecuteScalarAsync<string>(ViewerPhone, new { viewer.PersonId }, snapshot);
            var data = ConversationData.ForConsole(connection, snapshot, phone!, now);
            if (await data.FindSenderAsync(phone!, cancellationToken) is not { } by) return PeopleStep.Refused(NotAllowed);
            var call = await MeetingCalls.CheckAsync(data, by, request, now, options.Value.ReminderHour, cancellationToken);
            return call.Request is { } ready ? PeopleStep.Confirm(ready.Summary) : PeopleStep.Refused(call.Refusal!);
        }, cancellationToken);

    /// <summary>
    /// "Ya": checked again in the transaction that records. The meetings and their notices come from
    /// no message: they say source console and that the viewer called them.
    /// </summary>
    public async Task<PeopleStep> SaveAsync(ConsoleViewer viewer, MeetingRequest request, string? confirmed, CancellationToken cancellationToken)
    {
        var now = Wib.Now(clock);
        var step = await database.WriteAsync(async (connection, transaction) =>
        {
            var phone = await connection.ExecuteScalarAsync<string>(ViewerPhone, new { viewer.PersonId }, transaction);
            var data = ConversationData.ForConsole(connection, transaction, phone!, now);
            if (await data.FindSenderAsync(phone!, cancellationToken) is not { } by) return PeopleStep.Refused(NotAllowed);
            var call = await MeetingCalls.CheckAsync(data, by, request, now, options.Value.ReminderHour, cancellationToken);
            if (call.Request is not { } ready) return PeopleStep.Refused(call.Refusal!);
            if (ready.Summary != confirmed) return PeopleStep.Confirm(ready.Summary, changed: true);

            var reply = await MeetingCalls.RecordAsync(data, by, ready, now, options.Value.ReminderHour, cancellationToken);
            return reply is null ? PeopleStep.Refused(NotAllowed) : PeopleStep.Saved(reply);
        }, cancellationToken);
        // Committed: the fan-out may expand the notices now, as after a chat YA.
        if (step.Done is not null) broadcasts.Wake();
        return step;
    }

    private const string NotAllowed = "Maaf, Anda tidak dapat mengundang rapat.";
}
