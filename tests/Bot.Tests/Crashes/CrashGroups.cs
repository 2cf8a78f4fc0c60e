using Pkkpm.Bot.Tests.Infrastructure;

namespace Pkkpm.Bot.Tests.Crashes;

/// <summary>
/// Who sends the burst: 5 KPB of 8 members (number 1 is the bendahara, who records the group's
/// deposits), all accompanied by one pendamping, whose broadcast to SEMUA reaches all 40
/// members. No money in the seeds: every rupiah in the books comes from a message the test sent.
/// </summary>
internal static class CrashGroups
{
    public const int Groups = 5, MembersPerGroup = 8;
    public const int Members = Groups * MembersPerGroup;
    public const string Pendamping = "+6281400990000";

    private static readonly string[] Names =
        ["Sri Wahyuni", "Siti Lestari", "Endang Rahayu", "Painem", "Tri Astuti", "Yuli Santoso",
         "Wati Purnomo", "Sumiyati", "Ani Suryani", "Rini Handayani", "Slamet Riyadi", "Budi Santoso"];

    public static string Code(int group) => $"KPB{group:D2}";

    /// <summary>Member <paramref name="number"/> (1 = bendahara) of group <paramref name="group"/> (0-based).</summary>
    public static string Phone(int group, int number) => $"+628140{group:D2}{number:D5}";

    public static string Bendahara(int group) => Phone(group, 1);

    public static SeedFolder Seeds()
    {
        var groups = Enumerable.Range(0, Groups).Select(g => $"{Code(g)},KPB Dusun {g},Desa {g},Senin,15:00,Balai Dusun {g}");
        var people = Enumerable.Range(0, Groups).SelectMany(g => Enumerable.Range(1, MembersPerGroup).Select(n =>
            $"{Phone(g, n)},{Names[n - 1]},{(n == 1 ? "bendahara" : "anggota")},{Code(g)},{(n > 10 ? "Bapak" : "Ibu")}"));
        var pendamping = $"{Pendamping},Rina Kurniawati,pendamping,{string.Join(';', Enumerable.Range(0, Groups).Select(Code))},Ibu";
        return new SeedFolder()
            .With("groups.csv", ["code,name,village,meeting_day,meeting_time,meeting_place", .. groups])
            .With("people.csv", ["phone,name,role,group_codes,salutation", .. people, pendamping]);
    }
}
