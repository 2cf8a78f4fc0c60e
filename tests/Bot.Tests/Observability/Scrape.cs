using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Pkkpm.Bot.Observability;
using Pkkpm.Bot.Tests.Infrastructure;

namespace Pkkpm.Bot.Tests.Observability;

/// <summary>/metrics read as Prometheus reads it: from the management port, in its text format.</summary>
internal static partial class Scrape
{
    public static Uri MetricsAddress(BotApplication app) =>
        new(app.Services.GetRequiredService<ManagementServer>().Address ?? throw new InvalidOperationException("/metrics is not served"), "metrics");

    public static async Task<string> MetricsAsync(BotApplication app)
    {
        using var http = new HttpClient();
        var response = await http.GetAsync(MetricsAddress(app));
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>The sample of <paramref name="name"/> whose labels include every one given; 0 when there is none.</summary>
    public static double Value(string metrics, string name, params (string Label, string Value)[] labels)
    {
        foreach (Match sample in Sample().Matches(metrics))
        {
            if (sample.Groups["name"].Value != name) continue;
            var have = sample.Groups["labels"].Value;
            if (labels.All(l => have.Contains($"{l.Label}=\"{l.Value}\"", StringComparison.Ordinal)))
                return double.Parse(sample.Groups["value"].Value, CultureInfo.InvariantCulture);
        }
        return 0;
    }

    /// <summary>The name of every sample (the lines that are not comments).</summary>
    public static IEnumerable<string> Names(string metrics) =>
        Sample().Matches(metrics).Select(m => m.Groups["name"].Value).Distinct();

    /// <summary>Waits until the scraped value satisfies <paramref name="wanted"/> (gauges are sampled).</summary>
    public static async Task<string> UntilAsync(BotApplication app, Func<string, bool> wanted)
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();
        while (true)
        {
            var metrics = await MetricsAsync(app);
            if (wanted(metrics)) return metrics;
            if (watch.Elapsed > TimeSpan.FromSeconds(15)) return metrics;
            await Task.Delay(50);
        }
    }

    [GeneratedRegex(@"^(?<name>[a-zA-Z_:][a-zA-Z0-9_:]*)(\{(?<labels>[^}]*)\})?\s+(?<value>\S+)", RegexOptions.Multiline)]
    private static partial Regex Sample();
}
