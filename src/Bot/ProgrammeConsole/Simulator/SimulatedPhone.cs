using System.Net;
using System.Security.Cryptography;
using System.Xml.Linq;
using Microsoft.Extensions.Options;
using Pkkpm.Bot.Outbound;
using Pkkpm.Bot.Twilio;
using Pkkpm.Bot.Voice;

namespace Pkkpm.Bot.ProgrammeConsole.Simulator;

/// <summary>
/// A phone that writes to the service: the form Twilio would post, signed with the service's own
/// auth token, sent over HTTP into this process's full pipeline (signature check, flood guard,
/// turns, TwiML). Nothing here decides a reply: the answer is read from the TwiML that came back.
/// </summary>
public sealed class SimulatedPhone(HttpClient http, OwnAddress own, IOptions<TwilioOptions> twilio, IOptions<SenderNumbers> senders)
{
    public const string SidPrefix = "SIM-";
    private const string DefaultServiceNumber = "+6281100000000";

    public sealed record Answer(string Sid, HttpStatusCode Status, IReadOnlyList<string> Replies);

    public async Task<Answer> SendAsync(string phone, bool whatsApp, string text, CancellationToken cancellationToken)
    {
        var prefix = whatsApp ? "whatsapp:" : "";
        var fields = WebhookSigner.InboundMessage(prefix + phone, prefix + ServiceNumber(whatsApp), text, NewSid());
        if (whatsApp) fields["WaId"] = phone.TrimStart('+');
        var (status, twiml) = await PostSignedAsync("/twilio/messages", fields, cancellationToken);
        return new Answer(fields["MessageSid"], status, twiml is null ? [] : Replies(twiml));
    }

    /// <summary>
    /// A missed call from the phone, as Twilio's voice webhook posts it (issue 14), signed like a
    /// message: the answer's lines say whether the call was rejected or what was read aloud. Its
    /// CallSid starts 'SIM-' too, so the balance SMS it queues is held, never sent.
    /// </summary>
    public async Task<Answer> CallAsync(string phone, CancellationToken cancellationToken)
    {
        var fields = VoiceWebhook.IncomingCall(phone, ServiceNumber(whatsApp: false), NewSid());
        var (status, twiml) = await PostSignedAsync("/twilio/voice", fields, cancellationToken);
        return new Answer(fields["CallSid"], status, twiml is null ? [] : Spoken(twiml));
    }

    /// <summary>The form posted to this process as Twilio posts it, signed; the TwiML when it succeeded.</summary>
    private async Task<(HttpStatusCode Status, string? TwiML)> PostSignedAsync(string path, Dictionary<string, string> fields, CancellationToken cancellationToken)
    {
        var target = new Uri(http.BaseAddress ?? own.BaseUri(), path);
        using var request = new HttpRequestMessage(HttpMethod.Post, target) { Content = new FormUrlEncodedContent(fields) };
        request.Headers.Add("X-Twilio-Signature", WebhookSigner.Sign(twilio.Value.AuthToken ?? "", SignedUrl(target), fields));
        using var response = await http.SendAsync(request, cancellationToken);
        return (response.StatusCode, response.IsSuccessStatusCode ? await response.Content.ReadAsStringAsync(cancellationToken) : null);
    }

    /// <summary>What a caller hears: nothing when the call is rejected, else each &lt;Say&gt;.</summary>
    public static IReadOnlyList<string> Spoken(string twiml) =>
        XDocument.Parse(twiml).Descendants("Say").Select(s => s.Value).ToList();

    /// <summary>The TwiML's messages, read as XML (a &lt;Message&gt; may wrap its text in &lt;Body&gt;).</summary>
    public static IReadOnlyList<string> Replies(string twiml) =>
        XDocument.Parse(twiml).Descendants("Message").Select(m => m.Element("Body")?.Value ?? m.Value).ToList();

    /// <summary>
    /// 'SIM-', the time in ticks (so a phone's messages of one second still sort in order), and
    /// randomness: never a Twilio sid, which marks everything it causes as simulated.
    /// </summary>
    public static string NewSid() =>
        SidPrefix + DateTime.UtcNow.Ticks.ToString("x16") + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8));

    // The same rule as TwilioSignature: the public URL when one is set, else the URL called.
    private string SignedUrl(Uri target) => string.IsNullOrWhiteSpace(twilio.Value.PublicBaseUrl)
        ? target.ToString()
        : twilio.Value.PublicBaseUrl.TrimEnd('/') + target.PathAndQuery;

    private string ServiceNumber(bool whatsApp) => whatsApp
        ? senders.Value.WhatsAppFrom?.Replace("whatsapp:", "") ?? senders.Value.SmsFrom ?? DefaultServiceNumber
        : senders.Value.SmsFrom ?? DefaultServiceNumber;
}
