using System.Diagnostics;
using Pkkpm.Data;
using Pkkpm.Data.Monitoring;
using Pkkpm.Data.Postgres;
using Pkkpm.Data.Sqlite;

// bench/run.sh --console calls this: [--migrate] PROVIDER CONNECTION LAST_DAY [VILLAGE GROUP_ID]
// Times each figure family of the dashboard (the week and the month that hold LAST_DAY) for the
// programme, one village and one group, as the console's pages call them, each once after a first
// small read has opened the connection. Prints one row per call: milliseconds of wall time, and of
// this process's CPU time (on SQLite the query runs in this process: a figure that holds when
// others share the machine, unlike wall time).
var migrate = args.FirstOrDefault() == "--migrate";
if (migrate) args = args[1..];
if (args.Length < 3) { Console.Error.WriteLine("usage: [--migrate] PROVIDER CONNECTION LAST_DAY [VILLAGE GROUP_ID]"); return 2; }
var (provider, connection, lastDay) = (args[0], args[1], DateOnly.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture));
var village = args.Length > 3 ? args[3] : "Desa 7";
var groupId = args.Length > 4 ? long.Parse(args[4], System.Globalization.CultureInfo.InvariantCulture) : 141;

IDatabase database = provider == "postgres" ? new PostgresDatabase(connection) : new SqliteDatabase(connection);
if (migrate)
{
    var clock = Stopwatch.StartNew();
    var applied = await Pkkpm.Data.Migrations.Migrator.ApplyAsync(database);
    Console.WriteLine($"migrations applied: {(applied.Count == 0 ? "none" : string.Join(", ", applied))} in {clock.ElapsedMilliseconds} ms");
}
var figures = new MonitoringFigures(database);
var week = ReportPeriod.Week(lastDay);
var month = ReportPeriod.Month(lastDay.Year, lastDay.Month);

var scopes = new (string Name, MonitoringScope Scope)[]
{
    ("programme", MonitoringScope.Programme()),
    ("village", MonitoringScope.Programme().ToVillage(village)),
    ("group", MonitoringScope.OfGroup(groupId)),
};
await figures.GetMeetingsAsync(MonitoringScope.OfGroup(groupId), week);
Console.WriteLine($"{"scope",-10} {"figure",-22} {"wall ms",8} {"cpu ms",8}");
var totals = new Dictionary<string, double>();
var cpuTotals = new Dictionary<string, double>();
foreach (var (name, scope) in scopes)
{
    var calls = new List<(string, Func<Task<object>>)>
    {
        ("savings (week)", async () => await figures.GetSavingsAsync(scope, week)),
        ("savings (month)", async () => await figures.GetSavingsAsync(scope, month)),
        ("loans (week)", async () => await figures.GetLoansAsync(scope, week)),
        ("meetings (week)", async () => await figures.GetMeetingsAsync(scope, week)),
        ("attendance (week)", async () => await figures.GetAttendanceAsync(scope, week)),
        ("follow-up", async () => await figures.GetFollowUpAsync(scope)),
        ("outbound (week)", async () => await figures.GetOutboundAsync(scope, week)),
        ("trend (26 weeks)", async () => await figures.GetWeeklyTrendAsync(scope, lastDay)),
        ("in arrears (100)", async () => await figures.GetMembersInArrearsAsync(scope, week, 100)),
        (name == "group" ? "members (week)" : name == "village" ? "groups (week)" : "villages (week)", name switch
        {
            "group" => async () => await figures.GetMembersAsync(scope, groupId, week),
            "village" => async () => await figures.GetGroupsAsync(scope, week),
            _ => async () => await figures.GetVillagesAsync(scope, week),
        }),
    };
    foreach (var (label, call) in calls)
    {
        var (wall, cpu) = await Time(call);
        totals[name] = totals.GetValueOrDefault(name) + wall;
        cpuTotals[name] = cpuTotals.GetValueOrDefault(name) + cpu;
        Console.WriteLine($"{name,-10} {label,-22} {wall,8:F0} {cpu,8:F0}");
    }
}
foreach (var (name, total) in totals) Console.WriteLine($"{name,-10} {"all of the above",-22} {total,8:F0} {cpuTotals[name],8:F0}");

// The programme's dashboard as the page loads it live (FigureSet with the villages list alongside,
// in two lanes), for a chosen period: the week and the month again, as the custom periods
// "pilih" that the snapshot does not hold. Wall time is the page's; CPU is both lanes'.
Console.WriteLine();
Console.WriteLine($"{"page",-10} {"period",-22} {"wall ms",8} {"cpu ms",8}");
foreach (var (label, period) in new[] { ("chosen week", ReportPeriod.Custom(week.From, week.To)), ("chosen month", ReportPeriod.Custom(month.From, month.To)) })
{
    for (var run = 0; run < 2; run++)
    {
        var (wall, cpu) = await Time(async () =>
        {
            IReadOnlyList<VillageRow> villages = [];
            var set = await Pkkpm.Bot.ProgrammeConsole.Dashboard.FigureSet.LoadAsync(figures, MonitoringScope.Programme(), period, CancellationToken.None,
                alongside: async shared => villages = await shared.GetVillagesAsync(MonitoringScope.Programme(), period));
            return (object)set;
        });
        Console.WriteLine($"{"programme",-10} {label,-22} {wall,8:F0} {cpu,8:F0}");
    }
}
return 0;

static async Task<(double Wall, double Cpu)> Time(Func<Task<object>> call)
{
    var process = Process.GetCurrentProcess();
    var cpu = process.TotalProcessorTime;
    var clock = Stopwatch.StartNew();
    await call();
    var wall = clock.Elapsed.TotalMilliseconds;
    process.Refresh();
    return (wall, (process.TotalProcessorTime - cpu).TotalMilliseconds);
}
