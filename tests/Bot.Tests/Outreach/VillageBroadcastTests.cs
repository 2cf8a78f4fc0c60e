using System.Text.RegularExpressions;
using Pkkpm.Bot.Tests.Infrastructure;
using Pkkpm.Bot.Tests.Outbound;

namespace Pkkpm.Bot.Tests.Outreach;

/// <summary>
/// The whole way, as a facilitator meets it: UMUMKAN to a 300-member village, every opted-in member
/// reached exactly once through Twilio's own API description, and STATUS following the delivery.
/// </summary>
[Collection(TwilioMockCollection.Name)]
public class VillageBroadcastTests(TwilioMockFixture mock)
{
    public const string Pendamping = "+6281300000001";

    /// <summary>20 groups of 15 members (the third of each its bendahara) and their pendamping.</summary>
    internal static SeedFolder Village()
    {
        var codes = Enumerable.Range(1, 20).Select(g => $"G{g:00}").ToList();
        var members = codes.SelectMany((code, g) => Enumerable.Range(1, 15).Select(i =>
            $"0813{g + 1:00}{i:0000},Anggota {code} {i},{(i == 3 ? "bendahara" : "anggota")},{code},Ibu"));
        return new SeedFolder()
            .With("groups.csv", ["code,name,village,meeting_day,meeting_time,meeting_place", .. codes.Select(c => $"{c},KPB {c},Sumberejo,Senin,15:00,Balai Desa")])
            .With("people.csv", ["phone,name,role,group_codes,salutation", $"{Pendamping},Rina Kurniawati,pendamping,{string.Join(';', codes)},Ibu", .. members]);
    }

    [Fact]
    public async Task A_village_broadcast_reaches_every_opted_in_member_once_and_STATUS_follows_it()
    {
        using var seeds = Village();
        var twilio = mock.NewAccount();
        await using var app = new BotApplication(seeds.Path, Outbox.Settings(mock, twilio));
        var optedOut = Enumerable.Range(1, 5).Select(i => $"+628130{i}0007").ToList();
        foreach (var phone in optedOut) await app.Twilio.SmsAsync(phone, "BERHENTI");

        var question = await app.Twilio.SmsAsync(Pendamping, "UMUMKAN SEMUA Pertemuan akbar Sabtu jam 9 di balai desa.");
        var sent = await app.Twilio.SmsAsync(Pendamping, "ya");
        var code = Regex.Match(sent.Reply, @"U\d+").Value;
        await app.RunUntilAsync(async () => await app.CountAsync("kind = 'broadcast' and status = 'queued'") == 0, within: TimeSpan.FromMinutes(1));

        Assert.Equal("Pengumuman ke 295 anggota 20 kelompok (5 berhenti langganan tidak dikirimi), 1 SMS per pesan. Balas YA untuk kirim, BATAL untuk batal.", question.Reply);
        var broadcast = twilio.Received.Where(r => r.Body == "Pertemuan akbar Sabtu jam 9 di balai desa. -Rina (pendamping)").ToList();
        Assert.Equal(295, broadcast.Count);
        Assert.Equal(295, broadcast.Select(r => r.To).Distinct().Count());
        Assert.DoesNotContain(broadcast, r => optedOut.Contains(r.To));

        // Twilio reports back: some delivered, one undelivered.
        var rows = await app.RowsAsync("where kind = 'broadcast' and status = 'sent'");
        foreach (var row in rows.Take(100)) await StatusAsync(app, row.TwilioSid!, "delivered");
        await StatusAsync(app, rows[150].TwilioSid!, "undelivered", "30003");
        var status = await app.Twilio.SmsAsync(Pendamping, $"STATUS {code}");

        Assert.Equal($"Pengumuman {code} ke 300 nomor: 100 sampai di HP, 194 terkirim, 0 menunggu, 1 gagal, 5 berhenti langganan.", status.Reply);
    }

    private static async Task StatusAsync(BotApplication app, string sid, string status, string? errorCode = null)
    {
        var fields = new Dictionary<string, string> { ["MessageSid"] = sid, ["MessageStatus"] = status, ["AccountSid"] = "AC" + new string('a', 32) };
        if (errorCode is not null) fields["ErrorCode"] = errorCode;
        var answer = await app.Twilio.PostAsync(fields, path: "/twilio/status");
        Assert.True(answer.Status is System.Net.HttpStatusCode.OK or System.Net.HttpStatusCode.NoContent, answer.Body);
    }
}
