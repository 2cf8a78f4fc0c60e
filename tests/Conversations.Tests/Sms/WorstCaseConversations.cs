using System.Text.RegularExpressions;
using Microsoft.Extensions.Time.Testing;
using Pkkpm.Conversations.Broadcasts;
using Pkkpm.Conversations.People;
using Pkkpm.Conversations.Sms;
using Pkkpm.Conversations.Tests.Engine;
using static Pkkpm.Conversations.Tests.Sms.WorstCaseBooks;

namespace Pkkpm.Conversations.Tests.Sms;

/// <summary>
/// Every command each role can use (Engine/Commands.cs, Help/Menu.cs), its mistakes and its
/// follow-up steps: clarifying questions, the summary awaiting YA, YA, BATAL, the guided round,
/// interruptions, expiry, and the commands a role may not use.
/// </summary>
internal sealed partial class WorstCaseConversations(RecordedChat chat, WorstCase worst, FakeConversationData data, FakeTimeProvider clock)
{
    private const string TooLong = "ZQXZQXZQXZQXZQXZQXZQXZQXZQXZQXZQXZQXZQX";
    private string Code => worst.GroupCodes[0];
    private int Members => worst.Names.Count;
    private long FirstLoan => worst.Loans[0].Instalments * worst.Loans[0].Amount;

    public async Task RunAsync()
    {
        await chat.SendAsync(Stranger, "saldo");
        await MemberAsync();
        await TreasurerAsync();
        await MemberAfterTheBooksAsync();
        await TreasurerDecidesAsync();
        await GuidedRoundAsync();
        await OfficersAsync();
        await PendampingAsync();
        await RolesChangedAsync();
    }

    private async Task MemberAsync()
    {
        await chat.SendAllAsync(Member, "menu", "Assalamualaikum", "sugeng enjing", "matur nuwun", "qwerty zxcv", "sapdi", "ya", "sapdi", "tidak",
            "saldo", "pinjaman", "riwayat", "jadwal", "hadir", $"izin {worst.Reason}", $"sakit {worst.Reason}", "izin 🙏🙏",
            $"bayar {FirstLoan}", "ya", $"bayar {FirstLoan}", "ya", "bayar 50", "batal", "bayar 999999999999", "bayar lima puluh koma", "bayar",
            "salah", $"salah {TooLong}", "tips", "tips pemasaran", "tips xyz", "tips langganan", "tips langganan", "tips berhenti",
            "berhenti", "mulai", "ya", "batal", "lanjut", "lewat",
            "setor 1 50rb", "tarik 1 50rb", "absen 1", "terima B001", "tolak B001", "umumkan semua halo", "status U1",
            "daftar", "rekap", $"rapat {Code} senin 15.00", $"koreksi {TooLong}");
        await chat.SendAsync(Member, "", "audio/ogg");
        await chat.SendAsync(Member, "", "image/jpeg");
    }

    private async Task TreasurerAsync()
    {
        var each = 299_999_999 / Members;
        await chat.SendAllAsync(Bendahara, "menu", "saldo", "daftar", "rekap",
            "setor " + string.Join(", ", worst.Names.Select((_, i) => $"{i + 1} {each}")), "ya",
            "setor 1 200.000.000", "ya", "setor 1 50", "ya", "ya", "setor 2 50", "25rb", "batal",
            "setor sri 50rb", "ngawur", "5", "ya", "setor sri 50rb, sri 25rb", "5", "6", "batal",
            "setor Zulaikha 50rb", "setor 1", "setor 50rb", "setor 1 999999999999", "setor 1 -50rb", "setor 1 0", "setor 1 50rb@@",
            $"setor {worst.Reason} 50rb", $"setor 1 50rb {worst.Reason}", "setor 1 50rb", "saldo", "setor 1 50rb");
        clock.Advance(TimeSpan.FromMinutes(31));
        await chat.SendAllAsync(Bendahara, "rekap",
            "tarik 1 999.999.999", $"tarik 1 {worst.Savings}", "ya",
            "angsuran 1 999.999.999", "angsuran 2 50rb", $"angsuran 1 {worst.Loans[0].Amount}", "ya");
        var repayment = chat.LastCode("K");
        await chat.SendAllAsync(Bendahara, $"koreksi {repayment}", "ya", $"koreksi {repayment}", $"koreksi {chat.LastCode("K")}",
            $"koreksi {TooLong}", "koreksi", "absen 1 2 3 5-9", "absen 1-99", "absen 0 100", "absen abc", "absen",
            "absen " + string.Join(", ", Enumerable.Range(1, Members)));
    }

    private async Task MemberAfterTheBooksAsync()
    {
        await chat.SendAllAsync(Member, "riwayat", "saldo", "jadwal");
        // The longest receipt to dispute: a 9-digit withdrawal.
        var receipt = chat.Messages.Last(m => m.Sent.Contains($"to {Member}") && m.Sms.StartsWith("Penarikan")).Sms;
        await chat.SendAsync(Member, $"salah {Regex.Match(receipt, "SALAH (K[0-9]+)").Groups[1].Value} {worst.Reason}");
    }

    private async Task TreasurerDecidesAsync()
    {
        var disputed = chat.Messages.Last(m => m.Sms.StartsWith("Keberatan")).Sms;
        var reports = data.Reports.Select(r => r.Code).ToList();
        await chat.SendAllAsync(Bendahara, $"terima {Regex.Match(disputed, "TERIMA (K[0-9]+)").Groups[1].Value}",
            $"terima {reports[0]}", $"terima {reports[0]}", $"tolak {reports[1]} {worst.Reason}", $"tolak {reports[1]}",
            $"terima {TooLong}", $"tolak {TooLong}", "terima", "tolak");
    }

    // Every kind of answer, each moving on to the next member, to the end of the list; then more rounds, cancelled.
    private async Task GuidedRoundAsync()
    {
        string[][] answers = [["4.999.999"], ["0"], ["lewat"], ["tidak"], ["50", "ya"], ["saldo", "lanjut", "5jt"], ["qwerty", "1,5jt"]];
        await chat.SendAsync(Bendahara, "setor");
        for (var i = 0; i < Members; i++)
            await chat.SendAllAsync(Bendahara, answers[i % answers.Length]);
        await chat.SendAllAsync(Bendahara, "ya", "setor", "5rb", "batal", "setor", "daftar", "lanjut", "batal", "lanjut", "daftar", "rekap");
    }

    private async Task OfficersAsync()
    {
        await chat.SendAllAsync(Ketua, "menu", "saldo", "daftar", "rekap", "jadwal", "rapat", $"rapat {Code} senin 15.00 {worst.Place}",
            $"rapat {Code} senin 15.00 Balai Desa 🙏", "ya", $"rapat {Code} kemarin 15.00", $"rapat {Code} senin jam 99",
            $"rapat {worst.GroupCodes[1]} senin 15.00", "umumkan semua halo", "status U1");
        await chat.SendAllAsync(Sekretaris, "menu", "daftar", "rekap", "saldo", $"rapat {Code} senin 15.00", "absen 1");
    }

    private async Task PendampingAsync()
    {
        await chat.SendAllAsync(Pendamping, "menu", "Assalamualaikum", $"umumkan semua {worst.Notice}");
        var counted = int.Parse(SmsPerMessage().Match(string.Concat(chat.Messages.TakeLast(3).Select(m => m.Sms))).Groups[1].Value);
        await chat.SendAsync(Pendamping, "ya");
        BroadcastCodes.TryParse(chat.LastCode("U"), out var id);
        data.BroadcastProgress[id] = new BroadcastProgress(id, PendampingId, 1_485, 1_485, 1_485, 1_485, 1_485);
        Assert.Equal(counted, SmsLength.Segments(data.Broadcasts[^1].Body));

        await chat.SendAllAsync(Pendamping, $"status {BroadcastCodes.Format(id)}", "status U99999", "status", $"status {TooLong}",
            $"umumkan {Code} {worst.Notice}", "batal", "umumkan", $"umumkan {TooLong} halo", $"umumkan {worst.GroupCodes[3]} 🙏🙏🙏",
            $"rapat {Code} senin 15.00 {worst.Place}", $"rapat {Code} senin 15.00", $"rapat {Code} selasa 15.00 Balai", "ya",
            "rapat", $"rapat {TooLong} senin 15.00", $"rapat {Code} kemarin 15.00", $"rapat {Code} senin jam 99",
            "daftar", $"daftar {Code}", "rekap", $"rekap {Code}", $"rekap {worst.GroupCodes[5]}", $"rekap {TooLong}",
            "saldo", "setor 1 50rb", "hadir", "tips", "berhenti", "mulai");
    }

    // A role or a group changed between the summary and YA: the YA is refused, with the longest noun.
    private async Task RolesChangedAsync()
    {
        var member = data.People[Member];
        await chat.SendAsync(Member, "bayar 50rb");
        data.People[Member] = member with { Groups = [data.People[Pendamping].Groups[1]] };
        await chat.SendAsync(Member, "ya");
        data.People[Member] = member;

        var treasurer = data.People[Bendahara];
        await chat.SendAsync(Bendahara, "setor 1 50rb");
        data.People[Bendahara] = treasurer with { Role = Role.Anggota };
        await chat.SendAsync(Bendahara, "ya");
        data.People[Bendahara] = treasurer;
    }

    [GeneratedRegex(@"(\d+) SMS per pesan")]
    private static partial Regex SmsPerMessage();
}
