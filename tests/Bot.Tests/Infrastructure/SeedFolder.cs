namespace Pkkpm.Bot.Tests.Infrastructure;

/// <summary>A small seed folder written by a test, so the expected numbers are in the test itself.</summary>
internal sealed class SeedFolder : IDisposable
{
    public SeedFolder() => Path = Directory.CreateTempSubdirectory("pkkpm-seeds-").FullName;

    public string Path { get; }

    public SeedFolder With(string file, params string[] lines)
    {
        File.WriteAllLines(System.IO.Path.Combine(Path, file), lines);
        return this;
    }

    /// <summary>
    /// KPB Mawar: 1 Sri Wahyuni (loan), 2 Slamet Riyadi (no loan), 3 Endang Susilowati (bendahara),
    /// 4 Sri Rejeki; KPB Melati: Tri Lestari (loan in arrears); Rina Kurniawati accompanies both.
    /// </summary>
    public static SeedFolder Mawar() => new SeedFolder()
        .With("groups.csv",
            "code,name,village,meeting_day,meeting_time,meeting_place",
            "MAWAR,KPB Mawar,Sumberejo,Senin,15:00,Rumah Bu Sri",
            "MELATI,KPB Melati,Sumberejo,Selasa,14:00,Balai Desa")
        .With("people.csv",
            "phone,name,role,group_codes,salutation",
            "0812-1111-0001,Sri Wahyuni,anggota,MAWAR,Ibu",
            "+62 812 1111 0002,Slamet Riyadi,anggota,MAWAR,Bapak",
            "6281211110003,Endang Susilowati,bendahara,MAWAR,Ibu",
            "081211110004,Sri Rejeki,anggota,MAWAR,Ibu",
            "081211110009,Rina Kurniawati,pendamping,MAWAR;MELATI,Ibu",
            "081211110010,Tri Lestari,anggota,MELATI,Ibu")
        .With("loans.csv",
            "phone,principal,disbursed_on,instalments,instalment_amount,frequency",
            "081211110001,1000000,2026-10-20,20,50000,mingguan",
            "081211110010,1000000,2026-09-01,20,50000,mingguan")
        .With("ledger.csv",
            "date,phone,type,amount,note",
            "2026-11-02,081211110001,setoran,25000,pokok",
            "2026-11-02,081211110001,setoran,300000,sukarela",
            "2026-11-09,081211110001,setoran,50000,wajib",
            "2026-11-10,081211110001,penarikan,25000,",
            "2026-10-27,081211110001,angsuran,50000,",
            "2026-11-03,081211110001,angsuran,50000,",
            "2026-11-10,081211110001,angsuran,50000,",
            "2026-11-17,081211110001,angsuran,50000,",
            "2026-11-24,081211110001,angsuran,50000,",
            "2026-11-02,081211110002,setoran,10000,wajib",
            "2026-09-08,081211110010,angsuran,50000,",
            "2026-11-02,081211110010,setoran,10000,wajib")
        .With("tips.csv",
            "code,category,text",
            "K01,keuangan,Pisahkan uang usaha dan uang dapur.",
            "K02,keuangan,Catat uang masuk dan keluar setiap hari.",
            "P01,pemasaran,Foto produk di tempat terang.",
            "R01,produksi,Tulis resep tetap agar rasa selalu sama.");

    public void Dispose()
    {
        try { Directory.Delete(Path, recursive: true); } catch (IOException) { }
    }
}
