using Microsoft.AspNetCore.Http.HttpResults;
using Pkkpm.Bot.ProgrammeConsole.Access;
using Pkkpm.Bot.ProgrammeConsole.Dashboard;
using Pkkpm.Bot.ProgrammeConsole.Exports;
using Pkkpm.Data;
using Pkkpm.Data.Monitoring;

namespace Pkkpm.Bot.ProgrammeConsole.Downloads;

/// <summary>
/// /console/ekspor/{table}.{csv|xlsx}?kpb=MAWAR&amp;periode=bulan: the console's tables as files, for
/// the same area and period as the page that links to them, judged exactly as that page is (a
/// table outside the viewer's scope is 404, as the page is).
/// </summary>
public static class DownloadEndpoints
{
    // A download is a file for a spreadsheet, not a page: the whole ledger of a large scope stops here.
    private const int MaxRows = 100_000;

    public static RouteGroupBuilder MapDownloads(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/console/ekspor").RequireAuthorization();
        group.MapGet("/{table}.{format}", DownloadAsync);
        return group;
    }

    private static async Task<Results<FileContentHttpResult, NotFound>> DownloadAsync(
        string table, string format, HttpContext context, IDatabase database, MonitoringFigures figures, TimeProvider clock, CancellationToken cancellationToken)
    {
        var chosen = DownloadTable.Named(table);
        if (chosen is null || format is not ("csv" or "xlsx")) return TypedResults.NotFound();
        var area = await ConsoleAreas.FromQueryAsync(context.Viewer(), database, context.Request.Query, cancellationToken);
        if (area is null || !chosen.Fits(area)) return TypedResults.NotFound();
        var period = ConsolePeriod.From(context.Request.Query, clock.GetUtcNow());
        // A member's statement is their whole history unless a period is asked for.
        var wholeHistory = area.Member is not null && !context.Request.Query.ContainsKey("periode");
        var title = $"{Capitalised(chosen.Name)} {area.FileLabel} {(wholeHistory ? "semua" : period.FileLabel)}";

        var export = await ReadAsync(chosen, title, area, period.Period, wholeHistory, figures, cancellationToken);
        using var stream = new MemoryStream();
        if (format == "csv") await CsvExport.WriteAsync(export, stream, cancellationToken);
        else XlsxExport.Write(export, stream);
        return TypedResults.File(stream.ToArray(), format == "csv" ? CsvExport.ContentType : XlsxExport.ContentType, export.FileName(format));
    }

    private static async Task<ExportTable> ReadAsync(DownloadTable table, string title, ConsoleArea area, ReportPeriod period, bool wholeHistory,
        MonitoringFigures figures, CancellationToken cancellationToken)
    {
        if (table == DownloadTable.Arrears)
            return MonitoringExports.ArrearsList(title, await figures.GetMembersInArrearsAsync(area.Scope, period, MaxRows, cancellationToken));
        if (table == DownloadTable.Members)
            return MonitoringExports.MemberList(title, await figures.GetMembersAsync(area.Scope, area.Group!.GroupId, period, cancellationToken));
        if (table == DownloadTable.Groups)
            return MonitoringExports.GroupFigures(title, await figures.GetGroupsAsync(area.Scope, period, cancellationToken));
        if (table == DownloadTable.Trend)
            return MonitoringExports.WeeklyTrend(title, await figures.GetWeeklyTrendAsync(area.Scope, period.To, cancellationToken));
        if (area.Member is { } member)
        {
            var entries = new List<StatementRow>();
            foreach (var group in member.Groups) // a member is in one group, rarely two
                entries.AddRange(await figures.GetStatementAsync(area.Scope, group.GroupId, member.PersonId, cancellationToken));
            return MonitoringExports.Statement(title, entries.Where(e => wholeHistory || (e.OccurredOn >= period.From && e.OccurredOn <= period.To)).ToList());
        }
        return LedgerExport.Table(title, await figures.GetLedgerAsync(area.Scope, period, MaxRows, cancellationToken));
    }

    private static string Capitalised(string name) => char.ToUpperInvariant(name[0]) + name[1..];
}
