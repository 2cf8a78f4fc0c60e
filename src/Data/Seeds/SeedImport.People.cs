using Dapper;
using Pkkpm.Conversations.People;
using Pkkpm.Conversations.Phones;

namespace Pkkpm.Data.Seeds;

/// <summary>people.csv: members, officers and pendamping in their groups, programme staff in none.
/// A person is known by her phone: one already in the database keeps her id, her books and her list
/// number, and has her name, role, salutation and panggilan changed where the file differs.</summary>
internal sealed partial class SeedImport
{
    private sealed class StoredPerson
    {
        public long Id { get; init; }
        public string Phone { get; init; } = "";
        public string Name { get; init; } = "";
        public string Role { get; init; } = "";
        public string Salutation { get; init; } = "";
        public string? Panggilan { get; init; }
        public long? GroupId { get; init; }
    }

    private readonly HashSet<(long PersonId, long GroupId)> _memberships = [];
    private readonly HashSet<(long PersonId, string Village)> _watchedVillages = [];
    private readonly Dictionary<string, StoredPerson> _storedPeople = [];
    private readonly Dictionary<long, int> _nextListNumber = [];

    private async Task LoadStoredPeopleAsync()
    {
        var people = await connection.QueryAsync<StoredPerson>("""
            select p.id as Id, p.phone as Phone, p.name as Name, p.role as Role, p.salutation as Salutation, p.panggilan as Panggilan,
                   (select min(m.group_id) from memberships m where m.person_id = p.id) as GroupId
              from people p
            """, transaction: transaction);
        foreach (var person in people)
        {
            _storedPeople[person.Phone] = person;
            if (Roles.TryParse(person.Role, out var role) && role.IsProgrammeStaff()) _staff.Add(person.Phone);
            else if (person.GroupId is { } groupId) _members[person.Phone] = new Member(person.Id, groupId, role == Role.Pendamping);
        }
        foreach (var (personId, groupId) in await connection.QueryAsync<(long, long)>("select person_id, group_id from memberships", transaction: transaction))
            _memberships.Add((personId, groupId));
        foreach (var (groupId, last) in await connection.QueryAsync<(long, long)>(
            "select group_id, max(list_number) from memberships where list_number is not null group by group_id", transaction: transaction))
            _nextListNumber[groupId] = (int)last;
        foreach (var (personId, village) in await connection.QueryAsync<(long, string)>("select person_id, village from pemantau_villages", transaction: transaction))
            _watchedVillages.Add((personId, village));
    }

    public async Task<int> PeopleAsync()
    {
        await LoadStoredPeopleAsync();
        using var file = Open("people.csv", required: true, "phone", "name", "role", "group_codes");
        if (file is null) return 0;
        var tally = Tally(file.Name);
        var inFile = new HashSet<string>();
        var keptMembers = _memberships.Count == 0 ? await MembershipsSetAside.TryAsync(connection, transaction) : null;
        await using var insertPerson = await RepeatedInsert.OpenAsync(connection, transaction,
            "people", ["phone", "name", "role", "salutation", "panggilan", "created_at"], withIds: true);
        await using var insertMembership = await RepeatedInsert.OpenAsync(connection, transaction,
            "memberships", ["person_id", "group_id", "list_number"], after: insertPerson);
        try
        {
            foreach (var row in file.Rows(ahead: row => IndonesianPhone.TryNormalize(row.Text("phone", required: false), out var phone) ? phone : null))
            {
                try
                {
                    var raw = row.Text("phone");
                    if (row.Ahead is not string phone) throw row.Fail($"phone '{raw}' is not a valid Indonesian mobile number");
                    if (!inFile.Add(phone)) throw row.Fail($"phone '{raw}' appears twice");
                    if (!Roles.TryParse(row.Text("role"), out var role))
                        throw row.Fail($"role '{row.Text("role")}' must be one of anggota, ketua, sekretaris, bendahara, pendamping, pemantau, admin");
                    var person = new StoredPerson
                    {
                        Phone = phone, Name = row.Gsm7Text("name"), Role = role.ToCode(), Salutation = Salutations.Normalize(row.Text("salutation", required: false)),
                        Panggilan = row.Gsm7Text("panggilan", required: false) is { Length: > 0 } panggilan ? panggilan : null,
                    };
                    _storedPeople.TryGetValue(phone, out var known);
                    if (known is not null && Roles.TryParse(known.Role, out var knownRole) && knownRole.IsProgrammeStaff() != role.IsProgrammeStaff())
                        throw row.Fail($"phone '{raw}' is a {known.Role} in the database; a role between programme staff and a group is not changed by an import");

                    var added = role.IsProgrammeStaff()
                        ? await StaffAsync(row, person, known, insertPerson)
                        : await GroupPersonAsync(row, person, role, known, insertPerson, insertMembership);
                    if (known is null) tally.Added++;
                    else if (added || !SamePerson(known, person)) tally.Changed++;
                    else tally.Unchanged++;
                }
                catch (SeedException problem) when (Listed(problem)) { }
            }
        }
        catch (SeedException problem) when (Listed(problem)) { }
        await insertMembership.FlushAsync();
        if (keptMembers is not null) await keptMembers.RestoreAsync();
        return inFile.Count;
    }

    private static bool SamePerson(StoredPerson known, StoredPerson person) =>
        (known.Name, known.Role, known.Salutation, known.Panggilan) == (person.Name, person.Role, person.Salutation, person.Panggilan);

    /// <summary>The person's id: inserted when new, her details changed when they differ.</summary>
    private async Task<long> WritePersonAsync(StoredPerson person, StoredPerson? known, RepeatedInsert insertPerson)
    {
        if (known is null) return await insertPerson.IdAsync(person.Phone, person.Name, person.Role, person.Salutation, person.Panggilan, Now);
        if (!SamePerson(known, person))
        {
            await insertPerson.FlushAsync();
            await connection.ExecuteAsync("update people set name = @Name, role = @Role, salutation = @Salutation, panggilan = @Panggilan where id = @Id",
                new { known.Id, person.Name, person.Role, person.Salutation, person.Panggilan }, transaction);
        }
        return known.Id;
    }

    /// <summary>A member, an officer or a pendamping; true when a pendamping already there was given another group.</summary>
    private async Task<bool> GroupPersonAsync(SeedFile.Row row, StoredPerson person, Role role, StoredPerson? known, RepeatedInsert insertPerson, RepeatedInsert insertMembership)
    {
        var codes = row.Text("group_codes").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var unknown = codes.FirstOrDefault(c => !_groupIds.ContainsKey(c));
        if (unknown is not null) throw row.Fail($"group code '{unknown}' is not in groups.csv nor in the database");
        if (role != Role.Pendamping && codes.Length != 1) throw row.Fail($"a {role.ToCode()} belongs to exactly one group");
        var groupIds = codes.Select(c => _groupIds[c]).ToList();
        if (known is not null && role != Role.Pendamping && known.GroupId is { } current && current != groupIds[0])
            throw row.Fail($"phone '{row.Text("phone")}' is in another KPB in the database; moving a member between groups is not done by an import");

        var personId = await WritePersonAsync(person, known, insertPerson);
        var added = false;
        foreach (var groupId in groupIds)
        {
            if (!_memberships.Add((personId, groupId))) continue;
            int? listNumber = role == Role.Pendamping ? null : _nextListNumber[groupId] = _nextListNumber.GetValueOrDefault(groupId) + 1;
            await insertMembership.RunAsync(personId, groupId, listNumber);
            added = known is not null;
        }
        var member = _members[person.Phone] = new Member(personId, known?.GroupId ?? groupIds[0], role == Role.Pendamping);
        // Loans and ledger lines mostly write her number as this file does: it is then not read again (see MemberOn).
        if (!member.IsPendamping) _membersAsWritten[row.Text("phone")] = member;
        return added;
    }

    /// <summary>
    /// A pemantau or an admin: in no group. A pemantau's group_codes names villages (";" between
    /// them, as they are written in groups.csv): they watch those only; none, every village.
    /// </summary>
    private async Task<bool> StaffAsync(SeedFile.Row row, StoredPerson person, StoredPerson? known, RepeatedInsert insertPerson)
    {
        var villages = row.Text("group_codes", required: false).Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (person.Role == Role.Admin.ToCode() && villages.Length > 0) throw row.Fail("an admin sees every village: leave group_codes empty");
        var unknown = villages.FirstOrDefault(v => !_villages.Contains(v));
        if (unknown is not null) throw row.Fail($"village '{unknown}' is not in groups.csv (a pemantau's group_codes lists villages)");

        var personId = await WritePersonAsync(person, known, insertPerson);
        // Her villages refer to her row: it is written first.
        if (villages.Length > 0) await insertPerson.FlushAsync();
        var added = false;
        // As groups.csv writes it, whatever case people.csv used.
        foreach (var village in villages.Select(v => _villages.First(known => string.Equals(known, v, StringComparison.OrdinalIgnoreCase))).Distinct())
        {
            if (!_watchedVillages.Add((personId, village))) continue;
            await connection.ExecuteAsync("insert into pemantau_villages (person_id, village) values (@PersonId, @Village)",
                new { PersonId = personId, Village = village }, transaction);
            added = known is not null;
        }
        _staff.Add(person.Phone);
        return added;
    }

    private readonly HashSet<string> _staff = [];

    // A ledger names each member on many rows: her number is read once (reading a number is the
    // costliest step of a row), not on every row, and then found as it was written.
    private readonly Dictionary<string, Member> _membersAsWritten = [];

    /// <summary>The member a loans.csv or ledger.csv row is about.</summary>
    private Member MemberOn(SeedFile.Row row)
    {
        var raw = row.Text("phone");
        if (_membersAsWritten.TryGetValue(raw, out var known)) return known;
        if (!IndonesianPhone.TryNormalize(raw, out var phone)) throw row.Fail($"phone '{raw}' is not a valid Indonesian mobile number");
        if (_staff.Contains(phone)) throw row.Fail($"phone '{raw}' is programme staff, not a member of a group");
        if (!_members.TryGetValue(phone, out var member)) throw row.Fail($"phone '{raw}' is not in people.csv nor in the database");
        if (member.IsPendamping) throw row.Fail($"phone '{raw}' is a pendamping, not a member of a group");
        return _membersAsWritten[raw] = member;
    }
}
