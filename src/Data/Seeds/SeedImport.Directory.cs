using Dapper;
using Pkkpm.Conversations.Attendance;
using Pkkpm.Conversations.People;
using Pkkpm.Conversations.Phones;

namespace Pkkpm.Data.Seeds;

/// <summary>groups.csv and people.csv: who is in which KPB, with which phone. Names and places are
/// echoed in SMS replies, so they must be GSM-7.</summary>
internal sealed partial class SeedImport
{
    // Codes are typed back (REKAP MAWAR) and quoted in replies that must stay one SMS.
    private const int LongestCode = 12;

    public async Task<int> GroupsAsync()
    {
        using var file = new SeedFile(folder, "groups.csv", "code", "name", "village", "meeting_day", "meeting_time", "meeting_place");
        foreach (var row in file.Rows())
        {
            var code = row.Text("code").ToUpperInvariant();
            if (code.Length > LongestCode || code.Any(c => !char.IsAsciiLetterOrDigit(c)))
                throw row.Fail($"code '{code}' must be one word of at most {LongestCode} letters and digits");
            if (_groupIds.ContainsKey(code)) throw row.Fail($"code '{code}' appears twice");
            // Any way the groups name a day ("Senin", "Senen", "Kemis Legi", "Jum'at"), stored as replies write it.
            var day = MeetingDates.TryReadDay(row.Text("meeting_day"), out var weekday)
                ? MeetingDates.IndonesianName(weekday)
                : throw row.Fail($"meeting_day '{row.Text("meeting_day")}' must be a day: Senin, Selasa, Rabu, Kamis, Jumat, Sabtu or Minggu (Senen, Rebo, Kemis, Jemuah, Setu, Ahad too)");
            var time = row.Text("meeting_time").Replace('.', ':');
            if (!TimeOnly.TryParseExact(time, ["H:mm", "HH:mm"], out var at)) throw row.Fail($"meeting_time '{time}' must be HH:mm, e.g. 15:00");

            _groupIds[code] = await InsertAsync("""
                insert into groups (code, name, village, meeting_day, meeting_time, meeting_place)
                values (@Code, @Name, @Village, @Day, @Time, @Place)
                """,
                new { Code = code, Name = row.Gsm7Text("name"), Village = AddVillage(row.Gsm7Text("village")), Day = day, Time = at.ToString("HH:mm"), Place = row.Gsm7Text("meeting_place") });
        }
        return _groupIds.Count;
    }

    // The villages groups.csv names: a pemantau's group_codes lists some of them.
    private readonly HashSet<string> _villages = new(StringComparer.OrdinalIgnoreCase);

    private string AddVillage(string village)
    {
        _villages.Add(village);
        return village;
    }

    public async Task<int> PeopleAsync()
    {
        using var file = new SeedFile(folder, "people.csv", "phone", "name", "role", "group_codes");
        var nextListNumber = new Dictionary<long, int>();
        await using var insertPerson = new RepeatedInsert(connection, transaction, """
            insert into people (phone, name, role, salutation, panggilan, created_at) values (@Phone, @Name, @Role, @Salutation, @Panggilan, @Now) returning id
            """, "@Phone", "@Name", "@Role", "@Salutation", "@Panggilan", "@Now");
        await using var insertMembership = new RepeatedInsert(connection, transaction,
            "insert into memberships (person_id, group_id, list_number) values (@PersonId, @GroupId, @ListNumber)", "@PersonId", "@GroupId", "@ListNumber");
        foreach (var row in file.Rows())
        {
            var raw = row.Text("phone");
            if (!IndonesianPhone.TryNormalize(raw, out var phone)) throw row.Fail($"phone '{raw}' is not a valid Indonesian mobile number");
            if (_members.ContainsKey(phone) || _staff.Contains(phone)) throw row.Fail($"phone '{raw}' appears twice");
            if (!Roles.TryParse(row.Text("role"), out var role))
                throw row.Fail($"role '{row.Text("role")}' must be one of anggota, ketua, sekretaris, bendahara, pendamping, pemantau, admin");
            if (role.IsProgrammeStaff())
            {
                await StaffAsync(row, phone, role, insertPerson);
                continue;
            }

            var codes = row.Text("group_codes").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var unknown = codes.FirstOrDefault(c => !_groupIds.ContainsKey(c));
            if (unknown is not null) throw row.Fail($"group code '{unknown}' is not in groups.csv");
            if (role != Role.Pendamping && codes.Length != 1) throw row.Fail($"a {role.ToCode()} belongs to exactly one group");

            var personId = await insertPerson.IdAsync(
                phone, row.Gsm7Text("name"), role.ToCode(), Salutations.Normalize(row.Text("salutation", required: false)),
                row.Gsm7Text("panggilan", required: false) is { Length: > 0 } panggilan ? panggilan : null, Now);
            foreach (var groupId in codes.Select(c => _groupIds[c]))
            {
                int? listNumber = role == Role.Pendamping ? null : nextListNumber[groupId] = nextListNumber.GetValueOrDefault(groupId) + 1;
                await insertMembership.RunAsync(personId, groupId, listNumber);
            }
            _members[phone] = new Member(personId, _groupIds[codes[0]], role == Role.Pendamping);
        }
        return _members.Count + _staff.Count;
    }

    /// <summary>
    /// A pemantau or an admin: in no group. A pemantau's group_codes names villages (";" between
    /// them, as they are written in groups.csv): they watch those only; none, every village.
    /// </summary>
    private async Task StaffAsync(SeedFile.Row row, string phone, Role role, RepeatedInsert insertPerson)
    {
        var villages = row.Text("group_codes", required: false).Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (role == Role.Admin && villages.Length > 0) throw row.Fail("an admin sees every village: leave group_codes empty");
        var unknown = villages.FirstOrDefault(v => !_villages.Contains(v));
        if (unknown is not null) throw row.Fail($"village '{unknown}' is not in groups.csv (a pemantau's group_codes lists villages)");

        var personId = await insertPerson.IdAsync(
            phone, row.Gsm7Text("name"), role.ToCode(), Salutations.Normalize(row.Text("salutation", required: false)),
            row.Gsm7Text("panggilan", required: false) is { Length: > 0 } panggilan ? panggilan : null, Now);
        // As groups.csv writes it, whatever case people.csv used.
        foreach (var village in villages.Select(v => _villages.First(known => string.Equals(known, v, StringComparison.OrdinalIgnoreCase))).Distinct())
            await connection.ExecuteAsync("insert into pemantau_villages (person_id, village) values (@PersonId, @Village)",
                new { PersonId = personId, Village = village }, transaction);
        _staff.Add(phone);
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
        if (!_members.TryGetValue(phone, out var member)) throw row.Fail($"phone '{raw}' is not in people.csv");
        if (member.IsPendamping) throw row.Fail($"phone '{raw}' is a pendamping, not a member of a group");
        return _membersAsWritten[raw] = member;
    }
}
