using Dapper;
using Pkkpm.Conversations.People;

namespace Pkkpm.Data.Stores;

/// <summary>
/// People managed by their pendamping (DAFTAR ANGGOTA, GANTI NOMOR, KELUAR, GANTI KETUA/BENDAHARA), by
/// chat or in the console: both call these methods. Every change is also a people_changes row saying
/// who made it and from which message (the console has no message: its source is 'console').
/// </summary>
public sealed partial class ConversationData
{
    private const string PersonSql = """
        select p.id as PersonId, p.phone as Phone, p.name as Name, p.salutation as Salutation, p.role as Role, p.panggilan as Panggilan
          from people p where p.phone = @Phone;
        select g.id as GroupId, g.code as Code, g.name as Name
          from memberships m join groups g on g.id = m.group_id
         where m.person_id = (select id from people where phone = @Phone)
         order by g.code;
        """;

    public async Task<PersonOnFile?> FindPersonAsync(string phone, CancellationToken cancellationToken)
    {
        using var results = await connection.QueryMultipleAsync(Command(PersonSql, new { Phone = phone }, cancellationToken));
        var person = await results.ReadSingleOrDefaultAsync<PersonOnFileRow>();
        var groups = (await results.ReadAsync<GroupRef>()).ToList();
        return person is null ? null
            : new PersonOnFile(person.PersonId, person.Phone, person.Name, person.Salutation, Parse<Role>(person.Role), groups, person.Panggilan);
    }

    public Task<GroupRef?> FindGroupAsync(string code, CancellationToken cancellationToken) =>
        connection.QuerySingleOrDefaultAsync<GroupRef?>(Command(
            "select id as GroupId, code as Code, name as Name from groups where upper(code) = upper(@Code)", new { Code = code.Trim() }, cancellationToken));

    // The new member goes to the end of the list.
    private const string RegisterSql = $"""
        insert into memberships (person_id, group_id, list_number)
        select @PersonId, @GroupId, coalesce(max(list_number), 0) + 1 from memberships where group_id = @GroupId;
        insert into people_changes (kind, person_id, group_id, list_number, new_value, recorded_by_person_id, source_message_sid, source, recorded_at)
        select 'daftar', @PersonId, @GroupId, list_number, @Phone, {RecordedBy}, @Sid, @Source, @Now
          from memberships where person_id = @PersonId and group_id = @GroupId;
        """;

    public async Task<long> RegisterMemberAsync(long groupId, string phone, string name, string salutation, long? returningPersonId, CancellationToken cancellationToken)
    {
        // One who left comes back as herself: her person row, and with it her books, stay hers.
        var personId = returningPersonId ?? await connection.ExecuteScalarAsync<long>(PeopleAttributed(
            "insert into people (phone, name, role, salutation, created_at) values (@Phone, @Name, 'anggota', @Salutation, @Now) returning id",
            new { Phone = phone, Name = name, Salutation = salutation }, cancellationToken));
        await connection.ExecuteAsync(PeopleAttributed(RegisterSql, new { PersonId = personId, GroupId = groupId, Phone = phone }, cancellationToken));
        return personId;
    }

    // Her ledger, attendance, loans, reports and opt-out hang on her person id and follow by
    // themselves; her conversation (a summary awaiting her YA) is kept by phone and moves; a sign-in
    // code sent to the old number dies. The messages the old number sent stay as they were received.
    private const string ChangePhoneSql = $"""
        delete from conversations where phone = @NewPhone;
        update conversations set phone = @NewPhone where phone = @OldPhone;
        delete from console_codes where phone = @OldPhone;
        insert into people_changes (kind, person_id, old_value, new_value, recorded_by_person_id, source_message_sid, source, recorded_at)
        values ('ganti-nomor', @PersonId, @OldPhone, @NewPhone, {RecordedBy}, @Sid, @Source, @Now);
        """;

    public async Task ChangePhoneAsync(long personId, string oldPhone, string newPhone, CancellationToken cancellationToken)
    {
        var parameters = new { PersonId = personId, OldPhone = oldPhone, NewPhone = newPhone };
        var moved = await connection.ExecuteAsync(Command("update people set phone = @NewPhone where id = @PersonId and phone = @OldPhone", parameters, cancellationToken));
        if (moved != 1) throw new InvalidOperationException($"person {personId} does not have the phone {Conversations.Phones.IndonesianPhone.Mask(oldPhone)}");
        await connection.ExecuteAsync(PeopleAttributed(ChangePhoneSql, parameters, cancellationToken));
    }

    // Her place on the list and her role at the time are kept in the change; weekly tips stop.
    private const string LeaveSql = $"""
        insert into people_changes (kind, person_id, group_id, list_number, old_value, recorded_by_person_id, source_message_sid, source, recorded_at)
        select 'keluar', m.person_id, m.group_id, m.list_number, p.role, {RecordedBy}, @Sid, @Source, @Now
          from memberships m join people p on p.id = m.person_id
         where m.person_id = @PersonId and m.group_id = @GroupId;
        delete from memberships where person_id = @PersonId and group_id = @GroupId;
        delete from tip_subscriptions where person_id = @PersonId;
        """;

    public Task LeaveGroupAsync(long personId, long groupId, CancellationToken cancellationToken) =>
        connection.ExecuteAsync(PeopleAttributed(LeaveSql, new { PersonId = personId, GroupId = groupId }, cancellationToken));

    private const string NameOfficerSql = $"""
        insert into people_changes (kind, person_id, group_id, old_value, new_value, recorded_by_person_id, source_message_sid, source, recorded_at)
        select 'jabatan', id, @GroupId, role, 'anggota', {RecordedBy}, @Sid, @Source, @Now from people where id = @PreviousPersonId and role = @Role;
        update people set role = 'anggota' where id = @PreviousPersonId and role = @Role;
        insert into people_changes (kind, person_id, group_id, old_value, new_value, recorded_by_person_id, source_message_sid, source, recorded_at)
        select 'jabatan', id, @GroupId, role, @Role, {RecordedBy}, @Sid, @Source, @Now from people where id = @PersonId;
        update people set role = @Role
         where id = @PersonId and exists (select 1 from memberships where person_id = @PersonId and group_id = @GroupId and list_number is not null);
        """;

    public Task NameOfficerAsync(long groupId, long personId, Role role, long? previousPersonId, CancellationToken cancellationToken) =>
        connection.ExecuteAsync(PeopleAttributed(NameOfficerSql,
            new { GroupId = groupId, PersonId = personId, Role = role.ToCode(), PreviousPersonId = previousPersonId }, cancellationToken));

    private sealed record PersonOnFileRow(long PersonId, string Phone, string Name, string Salutation, string Role, string? Panggilan);
}
