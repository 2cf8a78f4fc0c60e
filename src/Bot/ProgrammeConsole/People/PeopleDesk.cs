using Dapper;
using Pkkpm.Bot.ProgrammeConsole.Access;
using Pkkpm.Conversations;
using Pkkpm.Conversations.Groups;
using Pkkpm.Conversations.People;
using Pkkpm.Data;
using Pkkpm.Data.Stores;

namespace Pkkpm.Bot.ProgrammeConsole.People;

/// <summary>A rule of the chat's (Registrations, NumberChanges, Leavings, OfficerChanges) asked for a summary.</summary>
public delegate Task<Checked<T>> PeopleCheck<T>(IConversationData data, Sender by, CancellationToken cancellationToken) where T : class;

/// <summary>The same rule's recording, which checks again and says what to tell whom.</summary>
public delegate Task<PeopleOutcome> PeopleRecord<T>(IConversationData data, Sender by, T request, CancellationToken cancellationToken) where T : class;

/// <summary>
/// The console's way to the pendamping's requests about people: the chat's own checks and records,
/// on the store the chat uses (<see cref="ConversationData.ForConsole"/>, so the change says the
/// signed-in person made it, from the console), and the SMS to the people concerned into the outbox
/// in the same transaction. No rule lives here: only the sender is the viewer instead of a phone.
/// </summary>
public sealed class PeopleDesk(IDatabase database, TimeProvider clock)
{
    private const string ViewerPhone = "select phone from people where id = @PersonId";

    public Task<IReadOnlyList<RosterMember>> RosterAsync(ConsoleViewer viewer, long groupId, CancellationToken cancellationToken) =>
        ReadAsync(viewer, (data, _) => data.GetRosterAsync(groupId, cancellationToken), cancellationToken);

    /// <summary>The summary to confirm, or the chat's refusal; nothing is written.</summary>
    public Task<Checked<T>> CheckAsync<T>(ConsoleViewer viewer, PeopleCheck<T> check, CancellationToken cancellationToken) where T : class =>
        ReadAsync(viewer, (data, by) => check(data, by, cancellationToken), cancellationToken);

    /// <summary>
    /// Checked again at save time, in the transaction that records: saved only when the request is
    /// still the one the viewer confirmed (<paramref name="confirmed"/>, its summary as shown).
    /// </summary>
    public Task<PeopleStep> SaveAsync<T>(ConsoleViewer viewer, PeopleCheck<T> check, Func<T, string> summary, string? confirmed,
        PeopleRecord<T> record, CancellationToken cancellationToken) where T : class
    {
        var now = clock.GetUtcNow();
        return database.WriteAsync(async (connection, transaction) =>
        {
            var phone = await connection.ExecuteScalarAsync<string>(ViewerPhone, new { viewer.PersonId }, transaction);
            var data = ConversationData.ForConsole(connection, transaction, phone!, now);
            if (await data.FindSenderAsync(phone!, cancellationToken) is not { } by) return PeopleStep.Refused(NotAllowed);
            var again = await check(data, by, cancellationToken);
            if (again.Request is not { } request) return PeopleStep.Refused(again.Refusal!);
            if (summary(request) != confirmed) return PeopleStep.Confirm(summary(request), changed: true);
            var outcome = await record(data, by, request, cancellationToken);
            if (!outcome.Recorded) return PeopleStep.Refused(outcome.Reply);
            foreach (var message in outcome.Messages) await Outbox.QueueAsync(connection, transaction, message, null, now);
            return PeopleStep.Saved(outcome.Reply);
        }, cancellationToken);
    }

    private const string NotAllowed = "Maaf, Anda tidak dapat mengubah data anggota.";

    private Task<TResult> ReadAsync<TResult>(ConsoleViewer viewer, Func<IConversationData, Sender, Task<TResult>> read, CancellationToken cancellationToken) =>
        database.ReadAsync(async connection =>
        {
            await using var snapshot = await ReadSnapshot.BeginAsync(connection, cancellationToken);
            var phone = await connection.ExecuteScalarAsync<string>(ViewerPhone, new { viewer.PersonId }, snapshot);
            var data = ConversationData.ForConsole(connection, snapshot, phone!, clock.GetUtcNow());
            var by = await data.FindSenderAsync(phone!, cancellationToken)
                ?? throw new InvalidOperationException("The signed-in person is no longer on file.");
            return await read(data, by);
        }, cancellationToken);

}
