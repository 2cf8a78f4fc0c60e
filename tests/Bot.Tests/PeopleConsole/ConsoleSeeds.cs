using Pkkpm.Bot.Tests.Infrastructure;

namespace Pkkpm.Bot.Tests.PeopleConsole;

/// <summary>
/// <see cref="SeedFolder.Mawar"/> and a third group, DAHLIA, with its own pendamping (Andi), a
/// pemantau of Sumberejo (Wulan) and an admin (Dewi): who may and may not use the forms.
/// </summary>
internal static class ConsoleSeeds
{
    public const string Rina = "+6281211110009", Andi = "+6281211110020", Wulan = "+6281211110030", Dewi = "+6281211110040";

    public static SeedFolder Mawar() => SeedFolder.Mawar()
        .With("groups.csv",
            "code,name,village,meeting_day,meeting_time,meeting_place",
            "MAWAR,KPB Mawar,Sumberejo,Senin,15:00,Rumah Bu Sri",
            "MELATI,KPB Melati,Sumberejo,Selasa,14:00,Balai Desa",
            "DAHLIA,KPB Dahlia,Jetak,Jumat,13:30,Rumah Bu Sukarni")
        .With("people.csv",
            "phone,name,role,group_codes,salutation",
            "0812-1111-0001,Sri Wahyuni,anggota,MAWAR,Ibu",
            "+62 812 1111 0002,Slamet Riyadi,anggota,MAWAR,Bapak",
            "6281211110003,Endang Susilowati,bendahara,MAWAR,Ibu",
            "081211110004,Sri Rejeki,anggota,MAWAR,Ibu",
            "081211110009,Rina Kurniawati,pendamping,MAWAR;MELATI,Ibu",
            "081211110010,Tri Lestari,anggota,MELATI,Ibu",
            "081211110011,Sukarni,ketua,DAHLIA,Ibu",
            "081211110020,Andi Nugroho,pendamping,DAHLIA,Bapak",
            "081211110030,Wulan Pratiwi,pemantau,Sumberejo,Ibu",
            "081211110040,Dewi Anggraini,admin,,Ibu");
}
