using Pkkpm.Bot.Tests.Infrastructure;
using Pkkpm.Conversations.Sms;

namespace Pkkpm.Bot.Tests.Sms;

/// <summary>
/// Names are long in real groups. Every reply and every outbound message, with the longest names
/// filled in, still fits one GSM-7 SMS: a basic phone pays for every segment.
/// </summary>
public class LongNamesTests
{
    private const string Member = "+6281211110001", Other = "+6281211110002", Bendahara = "+6281211110003", Pendamping = "+6281211110009";

    private static SeedFolder LongNames() => new SeedFolder()
        .With("groups.csv",
            "code,name,village,meeting_day,meeting_time,meeting_place",
            "MELATI,KPB Sekar Melati Sumberejo,Sumberejo,Senin,15:00,Rumah Ibu Endang Susilowati Purwaningsih")
        .With("people.csv",
            "phone,name,role,group_codes,salutation",
            "081211110001,Sri Wahyuningsih Rahayu Kusumawardani,anggota,MELATI,Ibu",
            "081211110002,Bambang Sutrisno Hadiwijoyo Prakoso,anggota,MELATI,Bapak",
            "081211110003,Endang Susilowati Purwaningsih,bendahara,MELATI,Ibu",
            "081211110009,Rina Kurniawati Setyaningrum,pendamping,MELATI,Ibu")
        .With("loans.csv",
            "phone,principal,disbursed_on,instalments,instalment_amount,frequency",
            "081211110001,10000000,2026-09-01,50,2300000,mingguan")
        .With("ledger.csv",
            "date,phone,type,amount,note",
            "2026-11-02,081211110001,setoran,9999000,sukarela",
            "2026-09-08,081211110001,angsuran,2300000,")
        .With("tips.csv", "code,category,text", "K01,keuangan," + new string('x', 130));

    [Fact]
    public async Task Every_message_fits_one_sms_with_the_longest_names()
    {
        using var seeds = LongNames();
        await using var app = new BotApplication(seeds.Path, new() { ["Outbound:Enabled"] = "false" });
        var replies = new List<string>();
        async Task SendAsync(string from, string text) => replies.AddRange((await app.Twilio.SmsAsync(from, text)).Replies);

        foreach (var text in new[] { "saldo", "menu", "assalamualaikum", "riwayat", "jadwal", "hadir", "izin anak sedang sakit keras di rumah", "tips", "tips langganan", "qwerty", "sapdi", "ya", "bayar 2jt", "ya" })
            await SendAsync(Member, text);
        foreach (var text in new[] { "menu", "setor 1 9.999.000, 2 5.000.000", "ya", "angsuran 1 2300rb", "ya", "tarik 1 9jt", "ya", "daftar", "rekap", "absen 1", "setor", "50", "ya", "lewat", "ya" })
            await SendAsync(Bendahara, text);
        var code = Books.CodeIn(replies.Last(r => r.Contains("kode")));
        await SendAsync(Member, $"salah {code} jumlahnya keliru");
        await SendAsync(Bendahara, $"koreksi {code}");
        await SendAsync(Bendahara, "ya");
        foreach (var text in new[] { "menu", "umumkan melati Besok pagi kerja bakti membersihkan balai desa, mohon semua hadir.", "ya", "rapat melati Senin 15.00 Rumah Ibu Endang Susilowati Purwaningsih", "ya", "rekap melati" })
            await SendAsync(Pendamping, text);
        await SendAsync(Other, "berhenti");
        var outbound = (await app.OutboxAsync()).Select(o => o.Body).ToList();

        Assert.All(replies.Concat(outbound), text =>
            Assert.True(SmsLength.IsGsm7(text) && SmsLength.FitsOneSegment(text), $"{(SmsLength.IsGsm7(text) ? SmsLength.Septets(text) : -1)} characters: {text}"));
    }
}
