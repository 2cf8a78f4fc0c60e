using System.Net;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Pkkpm.Conversations.Phones;
using Pkkpm.Conversations.Turns;

namespace Pkkpm.Bot.ProgrammeConsole.Simulator;

/// <summary>
/// Choose a person (or type a number) and a channel with a GET form; write with a POST, which goes
/// through the real webhook. The page's state is the number and the channel in the form itself.
/// </summary>
public sealed class IndexModel(SimulatorRecords records, SimulatedPhone phones, TimeProvider clock, ILogger<IndexModel> logger) : PageModel
{
    public const int MaxText = 1600; // Twilio's limit for one message

    public IReadOnlyList<SimulatorRecords.Person> People { get; private set; } = [];
    public SimulatorRecords.Person? Who { get; private set; }
    public string? Phone { get; private set; }
    public bool WhatsApp { get; private set; }
    public IReadOnlyList<SimulatorRecords.Exchange> Exchanges { get; private set; } = [];
    public IReadOnlyList<SimulatorRecords.Delivery> Deliveries { get; private set; } = [];
    public string? LatestSid { get; private set; }
    public string? Error { get; private set; }
    public string TypedNumber { get; private set; } = "";

    /// <summary>After "Miskol": what the caller heard (nothing: rejected, unanswered), else null.</summary>
    public IReadOnlyList<string>? Called { get; private set; }

    public async Task OnGetAsync(string? orang, string? nomor, string? saluran, CancellationToken cancellationToken)
    {
        await ChooseAsync(orang, nomor, saluran, cancellationToken);
        if (Phone is not null) await LoadConversationAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync(string? nomor, string? saluran, string? pesan, CancellationToken cancellationToken)
    {
        await ChooseAsync(null, nomor, saluran, cancellationToken);
        if (Phone is null) return Page();
        var text = (pesan ?? "").Trim();
        if (text.Length is 0 or > MaxText)
        {
            Error = $"Tulis pesan dulu (paling banyak {MaxText} huruf).";
            await LoadConversationAsync(cancellationToken);
            return Page();
        }

        logger.LogInformation("Simulator: {Phone} writes by {Channel}", IndonesianPhone.Mask(Phone), WhatsApp ? "whatsapp" : "sms");
        var answer = await phones.SendAsync(Phone, WhatsApp, text, cancellationToken);
        await LoadConversationAsync(cancellationToken);
        LatestSid = answer.Sid;
        if (answer.Status != HttpStatusCode.OK)
        {
            Error = answer.Status == HttpStatusCode.ServiceUnavailable
                ? "Layanan sedang sibuk (503): pesan tidak diproses, coba lagi."
                : $"Layanan menjawab {(int)answer.Status}: pesan tidak diproses.";
            return Page();
        }
        // The bubbles of this message are the TwiML that came back, not the copy the turn recorded.
        var exchange = new SimulatorRecords.Exchange(answer.Sid, WhatsApp ? "whatsapp" : "sms", text, clock.GetUtcNow(), answer.Replies);
        Exchanges = [.. Exchanges.Where(e => e.Sid != answer.Sid), exchange];
        return Page();
    }

    /// <summary>"Miskol": a missed call from the phone through the real voice webhook (SMS only, as a SIM calls).</summary>
    public async Task<IActionResult> OnPostMiskolAsync(string? nomor, string? saluran, CancellationToken cancellationToken)
    {
        await ChooseAsync(null, nomor, saluran, cancellationToken);
        if (Phone is null) return Page();
        logger.LogInformation("Simulator: {Phone} calls", IndonesianPhone.Mask(Phone));
        var answer = await phones.CallAsync(Phone, cancellationToken);
        await LoadConversationAsync(cancellationToken);
        if (answer.Status != HttpStatusCode.OK)
        {
            Error = $"Layanan menjawab {(int)answer.Status}: panggilan tidak diproses.";
            return Page();
        }
        Called = answer.Replies;
        return Page();
    }

    private async Task ChooseAsync(string? orang, string? nomor, string? saluran, CancellationToken cancellationToken)
    {
        People = await records.PeopleAsync(cancellationToken);
        WhatsApp = saluran == "whatsapp";
        var typed = (nomor ?? "").Trim();
        var chosen = typed.Length > 0 ? typed : orang;
        if (string.IsNullOrWhiteSpace(chosen)) return;
        if (!IndonesianPhone.TryNormalize(chosen, out var e164))
        {
            TypedNumber = typed;
            Error = "Nomor tidak dikenali. Contoh: 0812-3456-7890 atau +6281234567890.";
            return;
        }
        Phone = e164;
        Who = People.FirstOrDefault(p => p.Phone == e164);
        // A known person shows as chosen in the list; only a number nobody has stays in the box.
        TypedNumber = Who is null ? e164 : "";
    }

    private async Task LoadConversationAsync(CancellationToken cancellationToken)
    {
        Exchanges = await records.ExchangesAsync(Phone!, cancellationToken);
        Deliveries = await records.DeliveriesAsync(Phone!, Exchanges.Count > 0 ? Exchanges[0].ReceivedAt : null, cancellationToken);
    }

    public static string KindLabel(string kind) => kind switch
    {
        OutboundKinds.Receipt => "struk",
        OutboundKinds.Dispute => "sanggahan",
        OutboundKinds.PaymentReport => "laporan bayar",
        OutboundKinds.Decision => "keputusan",
        OutboundKinds.Broadcast => "pengumuman",
        OutboundKinds.MeetingNotice => "undangan pertemuan",
        OutboundKinds.Reminder => "pengingat",
        OutboundKinds.Tip => "tips",
        OutboundKinds.CallBalance => "saldo (miskol)",
        _ => kind,
    };

    public static string StatusLabel(string status) => status switch
    {
        "simulated" => "ditahan: simulasi, tidak dikirim",
        "queued" => "antre",
        "sent" => "terkirim",
        "failed" => "gagal",
        "skipped" => "dilewati",
        _ => status,
    };
}
