using Dapper;
using Pkkpm.Bot.Tests.Infrastructure;

namespace Pkkpm.Bot.Tests.Outreach;

/// <summary>UMUMKAN: a pendamping's signed notice to the groups they accompany; STATUS follows it.</summary>
public class BroadcastTests
{
    private const string Pendamping = "+6281211110009", Sri = "+6281211110001";

    [Fact]
    public async Task A_broadcast_says_whom_it_reaches_and_goes_out_on_YA()
    {
        using var seeds = SeedFolder.Mawar();
        await using var app = new BotApplication(seeds.Path);
        await app.Twilio.SmsAsync("+6281211110002", "berhenti");

        var question = await app.Twilio.SmsAsync(Pendamping, "UMUMKAN MAWAR Besok ada pelatihan pembukuan di balai desa jam 9.");
        Assert.Empty(await app.OutboxAsync());
        var sent = await app.Twilio.SmsAsync(Pendamping, "ya");

        Assert.Equal("Pengumuman ke 3 anggota KPB Mawar (1 berhenti langganan tidak dikirimi), 1 SMS per pesan. Balas YA untuk kirim, BATAL untuk batal.", question.Reply);
        Assert.Matches(@"^Pengumuman U\d+ sedang dikirim ke 3 anggota \(1 dilewati karena berhenti langganan\)\. Cek dengan STATUS U\d+\.$", sent.Reply);
        var rows = await app.OutboxAsync();
        Assert.Equal(4, rows.Count);
        Assert.All(rows, r => Assert.Equal("Besok ada pelatihan pembukuan di balai desa jam 9. -Rina (pendamping)", r.Body));
        Assert.DoesNotContain(rows, r => r.ToPhone == Pendamping);
        Assert.DoesNotContain(rows, r => r.ToPhone == "+6281211110010"); // Melati was not addressed
    }

    [Fact]
    public async Task Smart_quotes_from_a_phone_keyboard_do_not_make_a_notice_cost_more()
    {
        using var seeds = SeedFolder.Mawar();
        await using var app = new BotApplication(seeds.Path);
        // 150 characters: as UCS-2 this would be 3 SMS to every member.
        var typed = "UMUMKAN MAWAR Rapat \u201Cpembukuan\u201D hari Jum\u2019at jam 9 \u2013 mohon bawa buku kas\u2026 Yang berhalangan mohon kabari bendahara sebelum rapat.";

        var question = await app.Twilio.SmsAsync(Pendamping, typed);
        await app.Twilio.SmsAsync(Pendamping, "ya");

        Assert.Contains(", 1 SMS per pesan.", question.Reply);
        Assert.All(await app.OutboxAsync(), r => Assert.Equal(
            "Rapat \"pembukuan\" hari Jum'at jam 9 - mohon bawa buku kas... Yang berhalangan mohon kabari bendahara sebelum rapat. -Rina (pendamping)", r.Body));
    }

    [Fact]
    public async Task SEMUA_reaches_every_accompanied_group_and_STATUS_counts()
    {
        using var seeds = SeedFolder.Mawar();
        await using var app = new BotApplication(seeds.Path, new() { ["Outbound:Enabled"] = "false" });
        await app.Twilio.SmsAsync("+6281211110002", "stop");

        await app.Twilio.SmsAsync(Pendamping, "umumkan semua Rapat akbar Sabtu.");
        var sent = await app.Twilio.SmsAsync(Pendamping, "YA");
        var code = System.Text.RegularExpressions.Regex.Match(sent.Reply, @"U\d+").Value;
        await app.BroadcastsExpandedAsync();
        await using (var connection = app.OpenDatabase())
        {
            await connection.ExecuteAsync("update outbox set status = 'sent', delivery_status = 'delivered' where to_phone = @Sri", new { Sri });
            await connection.ExecuteAsync("update outbox set status = 'failed' where to_phone = '+6281211110010'");
        }
        var status = await app.Twilio.SmsAsync(Pendamping, $"status {code.ToLowerInvariant()}");
        var othersStatus = await app.Twilio.SmsAsync("+6281211110003", $"STATUS {code}");

        Assert.Contains("sedang dikirim ke 4 anggota", sent.Reply);
        Assert.Equal($"Pengumuman {code} ke 5 nomor: 1 sampai di HP, 0 terkirim, 2 menunggu, 1 gagal, 1 berhenti langganan.", status.Reply);
        Assert.StartsWith("Maaf Ibu Endang, pengumuman dikirim oleh pendamping kelompok.", othersStatus.Reply);
    }

    [Fact]
    public async Task Only_a_pendamping_broadcasts_and_only_to_their_groups()
    {
        using var seeds = SeedFolder.Mawar();
        await using var app = new BotApplication(seeds.Path);

        var member = await app.Twilio.SmsAsync(Sri, "UMUMKAN MAWAR halo semua");
        var otherGroup = await app.Twilio.SmsAsync(Pendamping, "UMUMKAN DAHLIA halo");

        Assert.StartsWith("Maaf Ibu Sri, pengumuman dikirim oleh pendamping kelompok.", member.Reply);
        Assert.Equal("Tulis: UMUMKAN kode pesan, misalnya UMUMKAN MAWAR Besok rapat jam 3. Kode: MAWAR, MELATI atau SEMUA.", otherGroup.Reply);
        Assert.Empty(await app.OutboxAsync());
    }
}
