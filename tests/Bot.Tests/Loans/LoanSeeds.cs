using Pkkpm.Bot.Tests.Infrastructure;

namespace Pkkpm.Bot.Tests.Loans;

/// <summary>The Mawar seeds with Wati, a member of KPB Melati without a loan: Melati has Tri in arrears since September.</summary>
internal static class LoanSeeds
{
    public const string Pendamping = "+6281211110009", Bendahara = "+6281211110003";
    public const string Sri = "+6281211110001", Slamet = "+6281211110002", Tri = "+6281211110010", Wati = "+6281211110011";

    public static SeedFolder WithWati() => SeedFolder.Mawar().With("people.csv",
        "phone,name,role,group_codes,salutation",
        "0812-1111-0001,Sri Wahyuni,anggota,MAWAR,Ibu",
        "+62 812 1111 0002,Slamet Riyadi,anggota,MAWAR,Bapak",
        "6281211110003,Endang Susilowati,bendahara,MAWAR,Ibu",
        "081211110004,Sri Rejeki,anggota,MAWAR,Ibu",
        "081211110009,Rina Kurniawati,pendamping,MAWAR;MELATI,Ibu",
        "081211110010,Tri Lestari,anggota,MELATI,Ibu",
        "081211110011,Wati Susanti,anggota,MELATI,Ibu");
}
