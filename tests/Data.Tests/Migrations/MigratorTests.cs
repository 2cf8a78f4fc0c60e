using Pkkpm.Data.Migrations;
using Pkkpm.Data.Seeds;
using Pkkpm.Data.Tests.Infrastructure;

namespace Pkkpm.Data.Tests.Migrations;

public class MigratorTests
{
    [SkippableTheory, Providers]
    public async Task Applying_the_migrations_again_applies_nothing(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider, withFixture: false);

        var again = await Migrator.ApplyAsync(db.Database);

        Assert.Empty(again);
        Assert.True(await Migrator.IsCurrentAsync(db.Database));
        Assert.Equal(2, await db.ScalarAsync<long>("select count(*) from schema_versions where version in (1, 2)"));
    }

    [SkippableTheory, Providers]
    public async Task Imported_entries_get_codes_and_codes_are_permanent(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider, withFixture: false);
        var summary = await SeedLoader.LoadIfEmptyAsync(db.Database, RepoFolder("seeds"), DateTimeOffset.UtcNow);

        Assert.True(summary!.LedgerEntries > 0);
        Assert.Equal(summary.LedgerEntries, await db.ScalarAsync<long>(
            "select count(*) from ledger_entries e join codes c on c.kind = 'entry' and c.ref_id = e.id"));
        await Assert.ThrowsAnyAsync<Exception>(() => db.ExecuteAsync("update codes set ref_id = ref_id + 1"));
        await Assert.ThrowsAnyAsync<Exception>(() => db.ExecuteAsync("delete from codes"));
    }

    [SkippableTheory, Providers]
    public async Task Instances_starting_at_once_apply_each_script_once(string provider)
    {
        await using var scratch = await ScratchDatabase.CreateAsync(provider, empty: true);
        var instances = Enumerable.Range(0, 4).Select(_ => scratch.Open()).ToList();
        try
        {
            var applied = await Task.WhenAll(instances.Select(d => Migrator.ApplyAsync(d)));

            Assert.Equal(["0001_initial", "0002_reporting", "0003_outbound", "0004_typed_times", "0005_people", "0006_tip_categories", "0007_message_retention", "0008_outbound_faults", "0009_held_back", "0010_broadcast_fan_out", "0011_simulated", "0012_console", "0013_monitoring_indexes", "0014_kept_figures", "0016_people_changes", "0017_loans_by_chat", "0019_questions", "0020_voice_calls", "0021_console_sources", "0022_console_forms", "0023_meeting_pasaran", "0024_late_replies", "0025_broadcast_group_lists", "0026_kept_savers", "0027_one_loan_index", "0028_opted_out_people", "0029_kept_members",
                // PostgreSQL's alone: SQLite keeps the ledger's unique constraint (see the script).
                .. provider == DatabaseOptions.Postgres ? ["0030_reversed_once"] : Array.Empty<string>()], applied.SelectMany(a => a).Order());
            foreach (var d in instances) Assert.True(await Migrator.IsCurrentAsync(d));
        }
        finally
        {
            foreach (var d in instances) await ((IAsyncDisposable)d).DisposeAsync();
        }
    }

    private static string RepoFolder(string name)
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "Pkkpm.Bot.sln"))) folder = folder.Parent;
        return Path.Combine(folder?.FullName ?? throw new DirectoryNotFoundException("repository root"), name);
    }
}
