namespace Pkkpm.Data.Monitoring;

/// <summary>Messages to people in scope created in the period, and what became of them.</summary>
/// <param name="SmsSegments">Segments of the SMS sent whose words are still kept.</param>
/// <param name="SmsWithoutBody">SMS sent whose words retention has blanked: their segments are unknown.</param>
public sealed record OutboundFigures(
    long Messages, long Sent, long Delivered, long Failed, long Queued, long SmsSent, long SmsSegments, long SmsWithoutBody)
{
    public const string DeliveryDefinition =
        "Terkirim: pesan dalam periode yang diterima Twilio; sampai: yang dilaporkan Twilio sampai (delivered/read); " +
        "gagal: ditolak, tidak sampai atau menyerah setelah dicoba ulang.";

    public const string SegmentsDefinition =
        "Segmen SMS: bagian SMS yang ditagih (160 huruf GSM-7 atau 70 huruf lain per segmen; pesan panjang 153/67) dari SMS terkirim dalam periode.";

    public Ratio DeliveryRate => new(Delivered, Sent);
}
