using Dapper;
using Pkkpm.Conversations.Attendance;
using Pkkpm.Conversations.Meetings;
using Pkkpm.Conversations.People;
using Pkkpm.Conversations.Phones;

namespace Pkkpm.Data.Seeds;

/// <summary>groups.csv and people.csv: who is in which KPB, with which phone. Names and places are
/// echoed in SMS replies, so they must be GSM-7. A group is known by its code, a person by her
/// phone: one already in the database is changed where the file says otherwise.</summary>
internal sealed partial class SeedImport
{
    // Codes are typed back (REKAP MAWAR) and quoted in replies that must stay one SMS.
    private const int LongestCode = 12;

    private sealed class StoredGroup
    {
        public long Id { get; init; }
        public string Code { get; init; } = "";
        public string Name { get; init; } = "";
        public string Village { get; init; } = "";
        public string Day { get; init; } = "";
        public string Time { get; init; } = "";
        public string Place { get; init; } = "";
        public string Cadence { get; init; } = MeetingCadence.Mingguan;
        public DateOnly? FirstMeeting { get; init; }

        public bool SameAs(StoredGroup other) =>
            (Name, Village, Day, Time, Place, Cadence, FirstMeeting) == (other.Name, other.Village, other.Day, other.Time, other.Place, other.Cadence, other.FirstMeeting);
    }

    public async Task<int> GroupsAsync()
    {
        var stored = (await connection.QueryAsync<StoredGroup>(
            "select id as Id, code as Code, name as Name, village as Village, meeting_day as Day, meeting_time as Time, meeting_place as Place, meeting_cadence as Cadence, first_meeting as FirstMeeting from groups",
            transaction: transaction)).ToDictionary(g => g.Code, StringComparer.OrdinalIgnoreCase);
        foreach (var group in stored.Values)
        {
            _groupIds[group.Code] = group.Id;
            AddVillage(group.Village);
        }

        using var file = Open("groups.csv", required: true, "code", "name", "village", "meeting_day", "meeting_time", "meeting_place");
        if (file is null) return 0;
        var tally = Tally(file.Name);
        var inFile = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        await using var insertGroup = await RepeatedInsert.OpenAsync(connection, transaction,
            "groups", ["code", "name", "village", "meeting_day", "meeting_time", "meeting_place", "meeting_cadence", "first_meeting"], withIds: true);
        try
        {
            foreach (var row in file.Rows())
            {
                try
                {
                    var code = row.Text("code").ToUpperInvariant();
                    if (code.Length > LongestCode || code.Any(c => !char.IsAsciiLetterOrDigit(c)))
                        throw row.Fail($"code '{code}' must be one word of at most {LongestCode} letters and digits");
                    if (!inFile.Add(code)) throw row.Fail($"code '{code}' appears twice");
                    // Any way the groups name a day ("Senin", "Senen", "Kemis Legi", "Jum'at"), stored as replies write it.
                    var day = MeetingDates.TryReadDay(row.Text("meeting_day"), out var weekday)
                        ? MeetingDates.IndonesianName(weekday)
                        : throw row.Fail($"meeting_day '{row.Text("meeting_day")}' must be a day: Senin, Selasa, Rabu, Kamis, Jumat, Sabtu or Minggu (Senen, Rebo, Kemis, Jemuah, Setu, Ahad too)");
                    var time = row.Text("meeting_time").Replace('.', ':');
                    if (!TimeOnly.TryParseExact(time, ["H:mm", "HH:mm"], out var at)) throw row.Fail($"meeting_time '{time}' must be HH:mm, e.g. 15:00");
                    var (cadence, firstMeeting) = Cadence(row);
                    var group = new StoredGroup
                    {
                        Code = code, Name = row.Gsm7Text("name"), Village = AddVillage(row.Gsm7Text("village")), Day = day, Time = at.ToString("HH:mm"), Place = row.Gsm7Text("meeting_place"),
                        Cadence = cadence, FirstMeeting = firstMeeting,
                    };

                    if (stored.TryGetValue(code, out var known))
                    {
                        if (known.SameAs(group)) { tally.Unchanged++; continue; }
                        await insertGroup.FlushAsync();
                        await connection.ExecuteAsync("""
                            update groups set name = @Name, village = @Village, meeting_day = @Day, meeting_time = @Time, meeting_place = @Place,
                                   meeting_cadence = @Cadence, first_meeting = @FirstMeeting where id = @Id
                            """, new { known.Id, group.Name, group.Village, group.Day, group.Time, group.Place, group.Cadence, group.FirstMeeting }, transaction);
                        tally.Changed++;
                        continue;
                    }
                    _groupIds[code] = await insertGroup.IdAsync(
                        group.Code, group.Name, group.Village, group.Day, group.Time, group.Place, group.Cadence, group.FirstMeeting);
                    tally.Added++;
                }
                catch (SeedException problem) when (Listed(problem)) { }
            }
        }
        catch (SeedException problem) when (Listed(problem)) { }
        await insertGroup.FlushAsync();
        return inFile.Count;
    }

    /// <summary>The optional meeting_cadence (weekly when empty) and first_meeting, checked against
    /// meeting_day as written ("Kamis Legi" names the pasaran of a selapanan group's first meeting).
    /// The first meeting is kept as written, never moved with the demo's week: a cycle counted from
    /// it runs on whatever the date, and its pasaran stays true.</summary>
    private static (string Cadence, DateOnly? FirstMeeting) Cadence(SeedFile.Row row)
    {
        var typed = row.Text("meeting_cadence", required: false);
        var cadence = MeetingCadence.Read(typed)
            ?? throw row.Fail($"meeting_cadence '{typed}' must be {string.Join(", ", MeetingCadence.All)} (empty: mingguan)");
        DateOnly? first = row.Text("first_meeting", required: false).Length > 0 ? row.Date("first_meeting") : null;
        return MeetingCadence.Problem(cadence, first, row.Text("meeting_day")) is { } problem ? throw row.Fail(problem) : (cadence, first);
    }

    // The villages groups.csv (or the database) names: a pemantau's group_codes lists some of them.
    private readonly HashSet<string> _villages = new(StringComparer.OrdinalIgnoreCase);

    private string AddVillage(string village)
    {
        _villages.Add(village);
        return village;
    }
}
