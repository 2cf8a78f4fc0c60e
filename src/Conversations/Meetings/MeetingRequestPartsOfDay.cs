namespace Pkkpm.Conversations.Meetings;

/// <summary>A part of the day said with the hour ("sore" in "jam 3 sore"): how many words it took,
/// which part (pagi, siang, sore or malam), and for a prayer time the clock it stands for when no
/// hour comes with it.</summary>
internal sealed record PartOfDayReading(int Length, string Part, TimeOnly? Clock = null);

/// <summary>Reads the part of the day in Indonesian and Javanese ("sonten", "dalu") and the prayer
/// times villages meet by ("bakda ashar").</summary>
internal static class MeetingRequestPartsOfDay
{
    private static readonly Dictionary<string, string> Parts = new()
    {
        ["pagi"] = "pagi", ["pgi"] = "pagi", ["enjing"] = "pagi", ["esuk"] = "pagi",
        ["siang"] = "siang", ["awan"] = "siang",
        ["sore"] = "sore", ["sonten"] = "sore",
        ["malam"] = "malam", ["mlm"] = "malam", ["malem"] = "malam", ["dalu"] = "malam", ["bengi"] = "malam",
    };

    // "bakda" (krama, from Arabic ba'da), "habis"/"setelah" (Indonesian), "bar"/"sawise" (ngoko).
    private static readonly HashSet<string> AfterWords =
        ["bakda", "bada", "bakdo", "bado", "habis", "abis", "hbs", "setelah", "stlh", "sehabis", "sesudah", "bar", "sakbare", "sawise", "sakwise"];

    // A meeting "bakda X" starts when people are back from the prayer: about half an hour after
    // its time in Central Java over the year (subuh 04.05-04.35, dhuhur 11.30-12.00, ashar
    // 14.45-15.15, maghrib 17.30-18.00, isya 18.40-19.10 WIB). The pendamping sees the hour in the
    // summary before anything is sent, and can write the hour instead ("bakda ashar jam 4").
    private static readonly (string Part, TimeOnly Clock) Subuh = ("pagi", new(5, 0)), Dhuhur = ("siang", new(12, 30)),
        Ashar = ("sore", new(15, 30)), Maghrib = ("malam", new(18, 30)), Isya = ("malam", new(19, 30));

    private static readonly Dictionary<string, (string Part, TimeOnly Clock)> Prayers = new()
    {
        ["subuh"] = Subuh, ["shubuh"] = Subuh, ["subu"] = Subuh,
        ["dhuhur"] = Dhuhur, ["duhur"] = Dhuhur, ["dzuhur"] = Dhuhur, ["zuhur"] = Dhuhur, ["dhuhr"] = Dhuhur, ["zhuhur"] = Dhuhur,
        ["luhur"] = Dhuhur, ["dluhur"] = Dhuhur, ["lohor"] = Dhuhur,
        ["ashar"] = Ashar, ["asar"] = Ashar, ["asyar"] = Ashar, ["ashr"] = Ashar, ["ngashar"] = Ashar, ["ngasar"] = Ashar,
        ["maghrib"] = Maghrib, ["magrib"] = Maghrib, ["maghrip"] = Maghrib, ["magrip"] = Maghrib, ["mahrib"] = Maghrib, ["mahgrib"] = Maghrib,
        ["isya"] = Isya, ["isyak"] = Isya, ["isyah"] = Isya, ["isak"] = Isya, ["isa"] = Isya,
    };

    public static PartOfDayReading? Read(IReadOnlyList<MeetingRequestToken> tokens, int at)
    {
        var word = tokens.WordAt(at);
        if (Parts.TryGetValue(word, out var part))
            return new(1, part);
        if (AfterWords.Contains(word) && Prayers.TryGetValue(tokens.WordAt(at + 1), out var prayer))
            return new(2, prayer.Part, prayer.Clock);
        return null;
    }
}
