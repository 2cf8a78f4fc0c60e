using Pkkpm.Bot.Tests.Infrastructure;

namespace Pkkpm.Bot.Tests.Twilio;

/// <summary>Voice notes and photos on WhatsApp: we read only typed words, and say so.</summary>
public class AttachmentTests
{
    private const string Sri = "+6281211110001", Bendahara = "+6281211110003";

    [Theory]
    [InlineData("audio/ogg", "pesan suara belum bisa kami dengar")]
    [InlineData("image/jpeg", "foto belum bisa kami baca")]
    [InlineData("video/mp4", "video belum bisa kami lihat")]
    [InlineData("application/pdf", "lampiran belum bisa kami baca")]
    public async Task An_attachment_without_words_gets_a_request_to_type(string contentType, string expected)
    {
        using var seeds = SeedFolder.Mawar();
        await using var app = new BotApplication(seeds.Path);

        var answer = await app.Twilio.WhatsAppAttachmentAsync(Sri, "", contentType);

        Assert.Equal($"Maaf Ibu Sri, {expected}. Mohon ketik pesannya, misalnya SALDO. Ketik MENU untuk bantuan.", answer.Reply);
    }

    [Fact]
    public async Task A_photo_with_a_caption_is_read_as_the_caption()
    {
        using var seeds = SeedFolder.Mawar();
        await using var app = new BotApplication(seeds.Path);

        var answer = await app.Twilio.WhatsAppAttachmentAsync(Sri, "saldo", "image/jpeg");

        Assert.StartsWith("Ibu Sri (KPB Mawar): tabungan", answer.Reply);
    }

    [Fact]
    public async Task A_voice_note_while_a_report_waits_for_YA_leaves_the_report_waiting()
    {
        using var seeds = SeedFolder.Mawar();
        await using var app = new BotApplication(seeds.Path);
        await app.Twilio.WhatsAppAsync(Bendahara, "SETOR Sri W 50rb");

        var voiceNote = await app.Twilio.WhatsAppAttachmentAsync(Bendahara, "", "audio/ogg");
        var yes = await app.Twilio.WhatsAppAsync(Bendahara, "ya");

        Assert.Contains("pesan suara", voiceNote.Reply);
        Assert.StartsWith("Tersimpan", yes.Reply);
        Assert.Equal(1, await app.EntryCountAsync());
    }

    [Fact]
    public async Task A_stranger_sending_a_photo_learns_nothing()
    {
        await using var app = new BotApplication();

        var answer = await app.Twilio.WhatsAppAttachmentAsync("+6285700000000", "", "image/jpeg");

        Assert.StartsWith("Maaf, nomor ini belum terdaftar", answer.Reply);
    }
}
