using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;

namespace Pkkpm.Bot.ProgrammeConsole.Dashboard;

/// <summary>
/// A weekly bar chart as inline SVG, drawn on the server: no script, no chart library. The chart is
/// an image with a title for screen readers; the numbers themselves are in the table beside it.
/// </summary>
public static class TrendChart
{
    private const int BarWidth = 10, Gap = 2, Height = 100, Top = 14, Bottom = 16;

    /// <param name="values">One value a week, oldest first; null draws no bar (no meetings that week).</param>
    public static IHtmlContent Bars(string id, string title, IReadOnlyList<(DateOnly Week, double? Value)> values, Func<double, string> label)
    {
        var width = values.Count * (BarWidth + Gap);
        var max = values.Max(v => v.Value ?? 0);
        var svg = new StringBuilder();
        var encoder = HtmlEncoder.Default;
        svg.Append(CultureInfo.InvariantCulture,
            $"<svg class=\"chart\" id=\"{id}\" role=\"img\" aria-labelledby=\"{id}-judul\" viewBox=\"0 0 {width} {Top + Height + Bottom}\">");
        svg.Append(CultureInfo.InvariantCulture, $"<title id=\"{id}-judul\">{encoder.Encode(title)}</title>");
        svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"0\" y1=\"{Top + Height}\" x2=\"{width}\" y2=\"{Top + Height}\" class=\"axis\"/>");
        for (var i = 0; i < values.Count; i++)
        {
            if (values[i].Value is not { } value || max <= 0) continue;
            var h = Math.Max(1, value / max * Height);
            svg.Append(CultureInfo.InvariantCulture,
                $"<rect x=\"{i * (BarWidth + Gap)}\" y=\"{Top + Height - h:0.#}\" width=\"{BarWidth}\" height=\"{h:0.#}\"><title>{Show.Date(values[i].Week)}: {encoder.Encode(label(value))}</title></rect>");
        }
        // The highest value names the scale; the first and last weeks name the time.
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"0\" y=\"10\" class=\"scale\">maks. {encoder.Encode(label(max))}</text>");
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"0\" y=\"{Top + Height + Bottom - 2}\" class=\"scale\">{Show.Date(values[0].Week)}</text>");
        svg.Append(CultureInfo.InvariantCulture,
            $"<text x=\"{width}\" y=\"{Top + Height + Bottom - 2}\" class=\"scale\" text-anchor=\"end\">{Show.Date(values[^1].Week)}</text>");
        svg.Append("</svg>");
        return new HtmlString(svg.ToString());
    }
}
