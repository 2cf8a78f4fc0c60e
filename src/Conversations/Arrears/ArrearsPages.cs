using Pkkpm.Conversations.Sms;

namespace Pkkpm.Conversations.Arrears;

/// <summary>
/// The arrears list as SMS pages, each one segment with its place in front ("Tunggakan KPB Mawar (1/3): ...").
/// There is no "next page" command to ask with, so the pages go together, on purpose, up to
/// <see cref="MostPages"/>; a longer list says how many more there are (the console has them all).
/// </summary>
public static class ArrearsPages
{
    public const int MostPages = 5;

    public static IReadOnlyList<string> Build(string title, IReadOnlyList<string> lines)
    {
        // Room for the longest header, "(5/5)" and all: every page then fits whatever its number.
        var header = $"{title} ({MostPages}/{MostPages}): ";
        var room = SmsPages.OneSegment - SmsLength.Septets(header);
        var pages = new List<List<string>>();
        var used = 0;
        foreach (var line in lines)
        {
            var cost = SmsLength.Septets(line) + 2;
            if (pages.Count == 0 || used + cost > room)
            {
                if (pages.Count == MostPages) break;
                pages.Add([]);
                used = 0;
            }
            pages[^1].Add(line);
            used += cost;
        }
        var shown = pages.Sum(p => p.Count);
        var texts = pages.Select((page, i) => $"{title} ({i + 1}/{pages.Count}): {string.Join(", ", page)}").ToList();
        if (shown < lines.Count) texts.Add($"Dan {lines.Count - shown} anggota lain menunggak. Daftar lengkap ada di konsol.");
        return texts;
    }
}
