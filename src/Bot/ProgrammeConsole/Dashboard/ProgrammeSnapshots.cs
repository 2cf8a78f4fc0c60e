using Dapper;
using Microsoft.Extensions.Options;
using Pkkpm.Data;
using Pkkpm.Data.Monitoring;

namespace Pkkpm.Bot.ProgrammeConsole.Dashboard;

/// <summary>
/// The latest snapshot of the whole programme's dashboard, kept in memory. At 1M members its figures
/// take about 10 s of CPU live (docs/performance.md, Console), so the programme page (admin and the
/// all-village pemantau) reads them from here and says how old they are. Every other scope, and any
/// period the snapshot does not hold, is computed live. Reads only, on the reader side.
/// </summary>
public sealed class ProgrammeSnapshots(MonitoringFigures figures, IDatabase database, TimeProvider clock, IOptions<ProgrammeSnapshotOptions> options)
{
    private volatile ProgrammeSnapshot? _current;

    public ProgrammeSnapshot? Current => _current;

    /// <summary>A programme this small is computed live on every page: exact, and fast enough.</summary>
    public async Task<bool> WorthTakingAsync(CancellationToken cancellationToken) =>
        await database.ReadAsync(c => c.ExecuteScalarAsync<long>(new CommandDefinition(
            "select cast(count(*) as bigint) from memberships", cancellationToken: cancellationToken)), cancellationToken)
        >= options.Value.FromMembers;

    /// <summary>Computes this week's and this month's figures and makes them the current snapshot.</summary>
    public async Task<ProgrammeSnapshot> TakeAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var periods = new List<ProgrammePeriodFigures>();
        // The two periods the dashboard offers by name; the moment is the same for both.
        foreach (var period in new[] { ConsolePeriod.ThisWeek(now), ConsolePeriod.ThisMonth(now) })
        {
            var scope = MonitoringScope.Programme();
            IReadOnlyList<VillageRow> villages = [];
            var set = await FigureSet.LoadAsync(figures, scope, period, cancellationToken,
                alongside: async shared => villages = await shared.GetVillagesAsync(scope, period, cancellationToken));
            periods.Add(new(period, villages, set));
        }
        var snapshot = new ProgrammeSnapshot(now, periods);
        _current = snapshot;
        return snapshot;
    }
}
