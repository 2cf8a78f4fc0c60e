using Pkkpm.Bot.Tests.Infrastructure;

namespace Pkkpm.Bot.Tests.Authorization;

/// <summary>
/// Two groups of the same village, each with its officers and a pendamping of its own, and the
/// codes a person could type: entries, reported repayments, disputed entries and broadcasts of
/// both groups, made through the real service as people make them.
/// </summary>
internal sealed class TwoGroups
{
    public const string Ani = "+6281222220101", Kartini = "+6281222220102", Sekar = "+6281222220103", Endang = "+6281222220104",
        Giyem = "+6281222220105", Painem = "+6281222220106", Rina = "+6281222220009";
    public const string Tri = "+6281222220201", Wulan = "+6281222220202", Murni = "+6281222220204", Budi = "+6281222220010";
    public const string Unregistered = "+6285700000000";

    /// <summary>Everybody's names as they appear in replies (full and first), by phone.</summary>
    public static readonly IReadOnlyDictionary<string, string> Names = new Dictionary<string, string>
    {
        [Ani] = "Ani Lestari", [Kartini] = "Kartini Wulandari", [Sekar] = "Sekar Ayuningtyas", [Endang] = "Endang Susilowati",
        [Giyem] = "Giyem Rahayu", [Painem] = "Painem Suryani", [Rina] = "Rina Kurniawati",
        [Tri] = "Tri Handayani", [Wulan] = "Wulan Sari", ["+6281222220203"] = "Yuli Astuti", [Murni] = "Murni Setiawati",
        [Budi] = "Budi Santoso",
    };

    /// <summary>Phones of MAWAR (the group of every person whose rights are tried) and of MELATI.</summary>
    public static readonly IReadOnlySet<string> Mawar = new HashSet<string> { Ani, Kartini, Sekar, Endang, Giyem, Painem, Rina };

    public static SeedFolder Seeds() => new SeedFolder()
        .With("groups.csv",
            "code,name,village,meeting_day,meeting_time,meeting_place",
            "MAWAR,KPB Mawar,Sumberejo,Senin,15:00,Balai Desa",
            "MELATI,KPB Melati,Sumberejo,Selasa,14:00,Pos Ronda")
        .With("people.csv",
            "phone,name,role,group_codes,salutation",
            "081222220101,Ani Lestari,anggota,MAWAR,Ibu",
            "081222220102,Kartini Wulandari,ketua,MAWAR,Ibu",
            "081222220103,Sekar Ayuningtyas,sekretaris,MAWAR,Ibu",
            "081222220104,Endang Susilowati,bendahara,MAWAR,Ibu",
            "081222220105,Giyem Rahayu,anggota,MAWAR,Ibu",
            "081222220106,Painem Suryani,anggota,MAWAR,Ibu",
            "081222220009,Rina Kurniawati,pendamping,MAWAR,Ibu",
            "081222220201,Tri Handayani,anggota,MELATI,Ibu",
            "081222220202,Wulan Sari,ketua,MELATI,Ibu",
            "081222220203,Yuli Astuti,sekretaris,MELATI,Ibu",
            "081222220204,Murni Setiawati,bendahara,MELATI,Ibu",
            "081222220010,Budi Santoso,pendamping,MELATI,Bapak")
        .With("loans.csv",
            "phone,principal,disbursed_on,instalments,instalment_amount,frequency",
            "081222220101,1000000,2026-10-20,20,50000,mingguan",
            "081222220102,1000000,2026-10-20,20,50000,mingguan",
            "081222220103,1000000,2026-10-20,20,50000,mingguan",
            "081222220104,1000000,2026-10-20,20,50000,mingguan",
            "081222220105,1000000,2026-10-20,20,50000,mingguan",
            "081222220106,1000000,2026-10-20,20,50000,mingguan",
            "081222220201,1000000,2026-10-20,20,50000,mingguan")
        .With("ledger.csv",
            "date,phone,type,amount,note",
            "2026-11-02,081222220101,setoran,300000,",
            "2026-11-02,081222220102,setoran,300000,",
            "2026-11-02,081222220103,setoran,300000,",
            "2026-11-02,081222220104,setoran,300000,",
            "2026-11-02,081222220105,setoran,300000,",
            "2026-11-02,081222220106,setoran,300000,",
            "2026-11-02,081222220201,setoran,300000,")
        .With("tips.csv",
            "code,category,text",
            "K01,keuangan,Pisahkan uang usaha dan uang dapur.",
            "P01,pemasaran,Foto produk di tempat terang.");

    /// <summary>The entry of each MAWAR member recorded today, by phone (Painem's is disputed).</summary>
    public Dictionary<string, string> EntryOf { get; } = [];

    /// <summary>Tri's entry, in MELATI, disputed by her.</summary>
    public string OtherGroupEntry { get; private set; } = "";

    /// <summary>Repayments reported and waiting for the treasurer: Giyem's and Painem's (MAWAR), Tri's (MELATI).</summary>
    public string GroupReport { get; private set; } = "";

    public string SecondGroupReport { get; private set; } = "";

    public string OtherGroupReport { get; private set; } = "";

    /// <summary>Rina's broadcast to MAWAR, Budi's to MELATI.</summary>
    public string RinasBroadcast { get; private set; } = "";

    public string BudisBroadcast { get; private set; } = "";

    /// <summary>Every code above: none may appear in a reply that does not concern it.</summary>
    public IEnumerable<string> Codes => EntryOf.Values.Concat([OtherGroupEntry, GroupReport, SecondGroupReport, OtherGroupReport, RinasBroadcast, BudisBroadcast]);

    public static async Task<TwoGroups> MakeAsync(BotApplication app)
    {
        var made = new TwoGroups();
        await ConfirmAsync(app, Endang, "SETOR Ani 20rb, Kartini 20rb, Sekar 20rb, Endang 20rb, Giyem 20rb, Painem 20rb");
        foreach (var phone in new[] { Ani, Kartini, Sekar, Endang, Giyem, Painem })
            made.EntryOf[phone] = Books.CodeIn((await app.OutboxAsync(phone)).Last().Body);
        await ConfirmAsync(app, Murni, "SETOR Tri 20rb");
        made.OtherGroupEntry = Books.CodeIn((await app.OutboxAsync(Tri)).Last().Body);

        made.GroupReport = await ReportAsync(app, Giyem, Endang);
        made.SecondGroupReport = await ReportAsync(app, Painem, Endang);
        made.OtherGroupReport = await ReportAsync(app, Tri, Murni);
        await app.Twilio.SmsAsync(Painem, $"SALAH {made.EntryOf[Painem]} saya setor 25rb");
        await app.Twilio.SmsAsync(Tri, $"SALAH {made.OtherGroupEntry} saya setor 25rb");

        made.RinasBroadcast = StatusCode(await ConfirmAsync(app, Rina, "UMUMKAN MAWAR Minggu depan ada pelatihan"));
        made.BudisBroadcast = StatusCode(await ConfirmAsync(app, Budi, "UMUMKAN MELATI Minggu depan ada pelatihan"));
        return made;
    }

    private static async Task<string> ConfirmAsync(BotApplication app, string phone, string text)
    {
        await app.Twilio.SmsAsync(phone, text);
        return (await app.Twilio.SmsAsync(phone, "ya")).Reply;
    }

    /// <summary>BAYAR 50rb and YA; the code is in the message to the treasurer.</summary>
    private static async Task<string> ReportAsync(BotApplication app, string member, string treasurer)
    {
        await ConfirmAsync(app, member, "BAYAR 50rb");
        return Books.CodeIn((await app.OutboxAsync(treasurer)).Last().Body);
    }

    private static string StatusCode(string reply)
    {
        var match = System.Text.RegularExpressions.Regex.Match(reply, @"STATUS (U\d+)");
        Assert.True(match.Success, $"no broadcast code in: {reply}");
        return match.Groups[1].Value;
    }
}
