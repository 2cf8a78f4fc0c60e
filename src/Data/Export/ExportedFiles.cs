using System.Data.Common;
using System.Globalization;
using Dapper;
using Pkkpm.Data.Stores;

namespace Pkkpm.Data.Export;

/// <summary>Each file of an export, read inside the export's snapshot, written as the seeds write it.</summary>
internal sealed class ExportedFiles(DbConnection connection, DbTransaction snapshot, string folder, CancellationToken cancellationToken)
{
    private Task<int> WriteAsync(string file, string sql, string[] header, Func<DbDataReader, IEnumerable<string?>> fields) =>
        FolderExport.WriteFileAsync(connection, snapshot, Path.Combine(folder, file), sql, header, fields, cancellationToken);

    public Task<int> GroupsAsync() => WriteAsync("groups.csv",
        "select code, name, village, meeting_day, meeting_time, meeting_place, meeting_cadence, first_meeting from groups order by id",
        ["code", "name", "village", "meeting_day", "meeting_time", "meeting_place", "meeting_cadence", "first_meeting"],
        r => [r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3), r.GetString(4), r.GetString(5), r.GetString(6), r.IsDBNull(7) ? "" : Day(r, 7)]);

    /// <summary>A member's group, a pendamping's groups, a pemantau's villages (";" between), in one column as people.csv has them.</summary>
    public async Task<int> PeopleAsync()
    {
        var groups = (await connection.QueryAsync<(long PersonId, string Code)>(
            "select m.person_id, g.code from memberships m join groups g on g.id = m.group_id order by m.person_id, g.id", transaction: snapshot))
            .Concat(await connection.QueryAsync<(long PersonId, string Code)>(
                "select person_id, village from pemantau_villages order by person_id, village", transaction: snapshot))
            .ToLookup(m => m.PersonId, m => m.Code);
        return await WriteAsync("people.csv",
            // Members in the order of their group's list, so an import numbers them as they are numbered here.
            """
            select p.id, p.phone, p.name, p.role, p.salutation, p.panggilan
              from people p left join (select person_id, min(group_id) as group_id, min(list_number) as list_number from memberships group by person_id) m on m.person_id = p.id
             order by case when m.list_number is null then 1 else 0 end, m.group_id, m.list_number, p.id
            """,
            ["phone", "name", "role", "group_codes", "salutation", "panggilan"],
            r => [r.GetString(1), r.GetString(2), r.GetString(3), string.Join(';', groups[r.GetInt64(0)]), r.GetString(4), r.IsDBNull(5) ? "" : r.GetString(5)]);
    }

    public Task<int> LoansAsync() => WriteAsync("loans.csv", """
        select p.phone, l.principal, l.disbursed_on, l.instalments, l.instalment_amount, l.frequency
          from loans l join people p on p.id = l.person_id order by l.id
        """,
        ["phone", "principal", "disbursed_on", "instalments", "instalment_amount", "frequency"],
        r => [r.GetString(0), Number(r, 1), Day(r, 2), Number(r, 3), Number(r, 4), r.GetString(5)]);

    /// <summary>Every entry in the order it was recorded; a correction names the code of the entry it reverses.</summary>
    public Task<int> LedgerAsync() => WriteAsync("ledger.csv", """
        select e.occurred_on, p.phone, e.kind, e.amount, e.note, c.id, rc.id
          from ledger_entries e
          join people p on p.id = e.person_id
          left join codes c on c.kind = 'entry' and c.ref_id = e.id
          left join codes rc on rc.kind = 'entry' and rc.ref_id = e.reverses_entry_id
         order by e.id
        """,
        ["date", "phone", "type", "amount", "note", "code", "reverses"],
        r => [Day(r, 0), r.GetString(1), r.GetString(2), Number(r, 3), r.IsDBNull(4) ? "" : r.GetString(4),
              r.IsDBNull(5) ? "" : EntryCodes.Encode(r.GetInt64(5)), r.IsDBNull(6) ? "" : EntryCodes.Encode(r.GetInt64(6))]);

    public Task<int> TipsAsync() => WriteAsync("tips.csv",
        "select code, category, text from tips order by code",
        ["code", "category", "text"],
        r => [r.GetString(0), r.GetString(1), r.GetString(2)]);

    private static string Number(DbDataReader reader, int column) => reader.GetInt64(column).ToString(CultureInfo.InvariantCulture);

    /// <summary>SQLite keeps a date as its text, PostgreSQL as a date.</summary>
    private static string Day(DbDataReader reader, int column) => reader.GetValue(column) switch
    {
        string text => text,
        DateTime day => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateOnly day => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        var other => throw new InvalidCastException($"{other.GetType().Name} is not a date"),
    };
}
