using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Pkkpm.Bot.ProgrammeConsole.Dashboard;
using Pkkpm.Bot.Tests.Infrastructure;
using Pkkpm.Bot.Tests.SignIn;
using Pkkpm.Data.Monitoring;

namespace Pkkpm.Bot.Tests.Dashboard;

/// <summary>The whole programme's page reads the background snapshot when it holds the period, says its age, and is live otherwise.</summary>
public partial class DashboardTests
{
    [Fact]
    public async Task The_programme_snapshot_holds_the_same_villages_and_figures_as_the_live_reading_for_this_week_and_this_month()
    {
        await using var app = new BotApplication();
        var figures = app.Services.GetRequiredService<MonitoringFigures>();
        await app.Twilio.SmsAsync(Endang, "SETOR 4 77rb");
        await app.Twilio.SmsAsync(Endang, "YA");

        var snapshot = await app.Services.GetRequiredService<ProgrammeSnapshots>().TakeAsync(CancellationToken.None);

        var now = app.Clock.GetUtcNow();
        Assert.Equal([ConsolePeriod.ThisWeek(now), ConsolePeriod.ThisMonth(now)], snapshot.Periods.Select(p => p.Period));
        foreach (var taken in snapshot.Periods)
        {
            var scope = MonitoringScope.Programme();
            var villages = await figures.GetVillagesAsync(scope, taken.Period);
            var live = await FigureSet.LoadAsync(figures, scope, taken.Period, CancellationToken.None);
            Assert.NotEmpty(villages);
            Assert.Equal(JsonSerializer.Serialize(villages), JsonSerializer.Serialize(taken.Villages));
            Assert.Equal(JsonSerializer.Serialize(live), JsonSerializer.Serialize(taken.Figures));
        }
    }

    [Fact]
    public async Task The_programme_page_shows_the_snapshot_with_its_age_and_a_custom_period_is_computed_live()
    {
        await using var app = new BotApplication();
        using var browser = new ConsoleBrowser(app);
        await browser.SignInAsync(Dewi);
        var before = await browser.HomeAsync();
        await app.Services.GetRequiredService<ProgrammeSnapshots>().TakeAsync(CancellationToken.None);
        var takenAt = app.Clock.GetUtcNow().ToOffset(TimeSpan.FromHours(7)).ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture);

        // Recorded after the snapshot: the snapshot's page does not have it yet, a live one does.
        await app.Twilio.SmsAsync(Endang, "SETOR 4 77rb");
        await app.Twilio.SmsAsync(Endang, "YA");
        app.Clock.Advance(TimeSpan.FromMinutes(3));
        var week = await browser.HomeAsync();
        var month = await PageAsync(browser, "/console?periode=bulan");
        var custom = await PageAsync(browser, "/console?periode=pilih&dari=2026-11-23&sampai=2026-11-29");

        Assert.DoesNotContain("id=\"umur-angka\"", before);
        Assert.Contains($"Angka per {takenAt} WIB", week);
        Assert.Contains($"Angka per {takenAt} WIB", month);
        Assert.Equal(Rupiah(DepositsIn(before)), Rupiah(DepositsIn(week)));
        Assert.DoesNotContain("id=\"umur-angka\"", custom);
        Assert.Equal(Rupiah(DepositsIn(before)) + 77_000, Rupiah(DepositsIn(custom)));
    }

    [Fact]
    public async Task A_viewer_of_some_villages_or_groups_always_sees_live_figures_even_with_a_programme_snapshot()
    {
        await using var app = new BotApplication();
        using var browser = new ConsoleBrowser(app);
        await browser.SignInAsync(Sri);
        var before = Rupiah(DepositsIn(await browser.HomeAsync()));
        await app.Services.GetRequiredService<ProgrammeSnapshots>().TakeAsync(CancellationToken.None);

        await app.Twilio.SmsAsync(Endang, "SETOR 4 77rb");
        await app.Twilio.SmsAsync(Endang, "YA");
        var page = await browser.HomeAsync();

        Assert.DoesNotContain("id=\"umur-angka\"", page);
        Assert.Equal(before + 77_000, Rupiah(DepositsIn(page)));
    }

    [Fact]
    public async Task The_worker_takes_the_snapshot_by_itself_once_the_programme_has_enough_members()
    {
        await using var app = new BotApplication(settings: new() { ["Console:ProgrammeSnapshot:FromMembers"] = "1" });
        var snapshots = app.Services.GetRequiredService<ProgrammeSnapshots>();
        using var browser = new ConsoleBrowser(app);
        await browser.SignInAsync(Dewi);

        var snapshot = await Eventually.UntilAsync(app, () => Task.FromResult(snapshots.Current), s => s is not null);
        var page = await browser.HomeAsync();

        Assert.NotNull(snapshot);
        Assert.Contains("id=\"umur-angka\"", page);
    }

    [Fact]
    public async Task When_a_new_week_begins_the_worker_takes_the_snapshot_of_the_new_week_without_waiting_for_its_interval()
    {
        await using var app = new BotApplication(settings: new()
        {
            ["Console:ProgrammeSnapshot:FromMembers"] = "1",
            ["Console:ProgrammeSnapshot:Interval"] = "01:00:00",
        });
        // Sunday 29 November 2026, 23:58 WIB: two minutes of the week left.
        app.Clock.SetUtcNow(new DateTimeOffset(2026, 11, 29, 23, 58, 0, TimeSpan.FromHours(7)));
        var snapshots = app.Services.GetRequiredService<ProgrammeSnapshots>();
        var first = await Eventually.UntilAsync(app, () => Task.FromResult(snapshots.Current), s => s is not null, step: TimeSpan.Zero);

        app.Clock.Advance(TimeSpan.FromMinutes(3));
        var monday = new DateOnly(2026, 11, 30);
        var next = await Eventually.UntilAsync(app, () => Task.FromResult(snapshots.Current), s => s?.Periods[0].Period.From == monday, step: TimeSpan.Zero);

        Assert.Equal(new DateOnly(2026, 11, 23), first!.Periods[0].Period.From);
        Assert.Equal(monday, next!.Periods[0].Period.From);
    }
}
