using Dapper;
using Pkkpm.Bot.ProgrammeConsole.Access;
using Pkkpm.Bot.ProgrammeConsole.People;
using Pkkpm.Conversations.Arrears;
using Pkkpm.Conversations.People;
using Pkkpm.Conversations.Turns;
using Pkkpm.Data;
using Pkkpm.Data.Stores;

namespace Pkkpm.Bot.ProgrammeConsole.Members;

/// <summary>
/// The arrears reminder switched in the console: the store call INGATKAN and INGATKAN BERHENTI use
/// (<see cref="ConversationData.SetArrearsReminderAsync"/>), as the signed-in person from the console,
/// and one SMS to the member, in one transaction. Who may is asked again here, in that transaction:
/// her group's pendamping or an admin, for a member still on the group's list.
/// </summary>
public static class ReminderSwitch
{
    public static Task<bool> IsOnAsync(IDatabase database, long personId, CancellationToken cancellationToken) =>
        database.ReadAsync(connection => ConversationData.GetsArrearsReminderAsync(connection, personId), cancellationToken);

    public static Task<PeopleStep> SetAsync(IDatabase database, TimeProvider clock, ConsoleViewer viewer, long groupId, long personId, bool wanted,
        CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        return database.WriteAsync(async (connection, transaction) =>
        {
            var phone = await connection.ExecuteScalarAsync<string>("select phone from people where id = @PersonId", new { viewer.PersonId }, transaction);
            var data = ConversationData.ForConsole(connection, transaction, phone!, now);
            if (await data.FindSenderAsync(phone!, cancellationToken) is not { } by || !ManagedGroups.Manages(by, groupId))
                return PeopleStep.Refused("Maaf, Anda tidak dapat mengubah pengingat anggota ini. Tidak ada yang diubah.");
            if ((await data.GetRosterAsync(groupId, cancellationToken)).FirstOrDefault(m => m.PersonId == personId) is not { } member)
                return PeopleStep.Refused("Ia bukan lagi anggota kelompok ini. Tidak ada yang diubah.");
            var addressed = $"{member.Salutation} {Names.Short(member.Name, member.Panggilan)}";
            if (!await data.SetArrearsReminderAsync(personId, wanted, cancellationToken))
                return PeopleStep.Refused(wanted ? $"Pengingat angsuran {addressed} sudah aktif. Tidak ada yang diubah."
                    : $"Pengingat angsuran {addressed} memang tidak aktif. Tidak ada yang diubah.");
            var byName = $"{Salutations.Short(by.Salutation)} {by.FirstName}".Trim();
            var body = wanted ? ReminderSwitchText.On(addressed, member.Salutation, byName) : ReminderSwitchText.Off(addressed, byName);
            await Outbox.QueueAsync(connection, transaction, new QueueOutbound(member.Phone, null, body, PeopleOutcome.Kind), null, now);
            return PeopleStep.Saved(wanted ? $"Pengingat angsuran {addressed} dinyalakan. {addressed} diberi tahu lewat SMS."
                : $"Pengingat angsuran {addressed} dimatikan. {addressed} diberi tahu lewat SMS.");
        }, cancellationToken);
    }
}
