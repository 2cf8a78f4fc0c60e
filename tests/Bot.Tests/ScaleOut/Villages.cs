using Pkkpm.Bot.Tests.Infrastructure;

namespace Pkkpm.Bot.Tests.ScaleOut;

/// <summary>
/// A district's worth of seeds: 10 KPB of 100 members each (number 1 is the bendahara), all
/// accompanied by one pendamping, so a broadcast to SEMUA reaches 1,000 members. No money yet:
/// every balance a test sees comes from the messages it sent.
/// </summary>
internal static class Villages
{
    public const int Groups = 10, MembersPerGroup = 100;
    public const string Pendamping = "+6281300990000";

    private static readonly string[] FirstNames =
    [
        "Sri", "Siti", "Endang", "Painem", "Tri", "Yuli", "Wati", "Sumi", "Ani", "Rini",
        "Slamet", "Budi", "Joko", "Agus", "Bambang", "Heru", "Dwi", "Eko", "Wahyu", "Teguh",
    ];

    private static readonly string[] FamilyNames = ["Wahyuni", "Lestari", "Rahayu", "Santoso", "Purnomo"];

    public static string Code(int group) => $"DESA{group:D2}";

    /// <summary>Member <paramref name="number"/> (1 = bendahara) of group <paramref name="group"/> (0-based).</summary>
    public static string Phone(int group, int number) => $"+628130{group:D2}{number:D5}";

    public static string Bendahara(int group) => Phone(group, 1);

    public static SeedFolder Seeds()
    {
        var groups = Enumerable.Range(0, Groups).Select(g => $"{Code(g)},KPB Desa {g},Desa {g},Senin,15:00,Balai Desa {g}");
        var people = Enumerable.Range(0, Groups).SelectMany(g => Enumerable.Range(1, MembersPerGroup).Select(n =>
            $"{Phone(g, n)},{FirstNames[(n - 1) % 20]} {FamilyNames[(n - 1) / 20]},{(n == 1 ? "bendahara" : "anggota")},{Code(g)},{(n % 20 > 10 ? "Bapak" : "Ibu")}"));
        var pendamping = $"{Pendamping},Rina Kurniawati,pendamping,{string.Join(';', Enumerable.Range(0, Groups).Select(Code))},Ibu";
        return new SeedFolder()
            .With("groups.csv", ["code,name,village,meeting_day,meeting_time,meeting_place", .. groups])
            .With("people.csv", ["phone,name,role,group_codes,salutation", .. people, pendamping]);
    }
}
