using Dapper;
using Pkkpm.Bot.Tests.Infrastructure;

namespace Pkkpm.Bot.Tests.Authorization;

/// <summary>
/// Everything a message can leave behind: entries and their codes, reports and their decisions,
/// disputes, attendance, broadcasts, meetings and their reminders, subscriptions, opt-outs, tips
/// sent, messages queued, and a question left waiting for YA. Two snapshots that are equal mean the
/// message changed nothing. (What the background sender changes, the status of a queued message,
/// and the log of inbound messages are left out.)
/// </summary>
internal static class Records
{
    private static readonly string[] Queries =
    [
        "select id, group_id, person_id, kind, amount, reverses_entry_id from ledger_entries order by id",
        "select id, kind, ref_id from codes order by id",
        "select id, person_id, amount, status, entry_id from reported_repayments order by id",
        "select id, entry_id, resolution from entry_disputes order by id",
        "select group_id, person_id, meeting_on, status, reason from attendance order by group_id, person_id, meeting_on",
        "select id, sent_by_person_id, group_id, body from broadcasts order by id",
        "select id, group_id, starts_at, place from meetings order by id",
        "select id, ref_id, due_at from scheduled_jobs where kind = 'meeting-reminder' order by id",
        "select person_id from tip_subscriptions order by person_id",
        "select id, person_id, tip_code from tip_deliveries order by id",
        "select id, opted_out_at from people order by id",
        "select id, to_phone, body, kind from outbox order by id",
        "select phone, step, data from conversations where step <> 'Idle' order by phone",
    ];

    public static async Task<string> SnapshotAsync(BotApplication app)
    {
        await using var connection = app.OpenDatabase();
        var tables = new List<string>();
        foreach (var query in Queries)
        {
            var rows = await connection.QueryAsync(query);
            tables.Add(query + "\n" + string.Join("\n", rows.Select(row =>
                string.Join(" | ", ((IDictionary<string, object?>)row).Values.Select(value => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture))))));
        }
        return string.Join("\n\n", tables);
    }

    /// <summary>The lines of <paramref name="after"/> that are not in <paramref name="before"/>, to say what a message changed.</summary>
    public static string Difference(string before, string after)
    {
        var old = before.Split('\n').ToHashSet();
        return string.Join("; ", after.Split('\n').Where(line => !old.Contains(line)).Take(5));
    }
}
