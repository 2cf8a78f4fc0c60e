using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using Dapper;
using Pkkpm.Bot.Tests.Infrastructure;
using Pkkpm.Conversations.Sms;
using Xunit.Abstractions;

namespace Pkkpm.Bot.Tests.Input;

/// <summary>
/// Thousands of hostile bodies from every role of the demo, on SMS and WhatsApp, through the real
/// service on the run's database: every one is stored and answered, never a server error, always
/// well-formed TwiML, and every SMS reply one GSM-7 segment. The seed is fixed, so CI sends the same
/// bodies every time; PKKPM_FUZZ_SEED tries others (a failure prints its seed). PostgreSQL gets half
/// as many, to keep the run under half a minute there.
/// </summary>
public class AdversarialInputTests(ITestOutputHelper output)
{
    private const int FixedSeed = 20261127;

    private static readonly int Messages = BotApplication.DefaultProvider == Pkkpm.Data.DatabaseOptions.Postgres ? 1_000 : 2_000;

    private static readonly string[] Senders =
    [
        "+628123400108", "+628123400115", // anggota: Ibu Painem (in arrears), Ibu Yuli
        "+628123400101", "+628123400102", "+628123400103", // ketua, sekretaris, bendahara of Mawar
        "+628123400001", // pendamping Ibu Rina
        "+6285700000000", // nobody we know
    ];

    // Every message reaches the conversation: the limits on floods have tests of their own.
    private static readonly Dictionary<string, string?> NoLimits = new()
    {
        ["Limits:MessagesPerPhonePerMinute"] = "0",
        ["Limits:MessagesPerPhonePerDay"] = "0",
        ["Limits:UnregisteredRepliesPerDay"] = "0",
        ["Limits:LoopRepeats"] = "0",
    };

    [Fact]
    public async Task Hostile_bodies_from_every_role_are_stored_and_answered_in_well_formed_twiml()
    {
        var seed = int.TryParse(Environment.GetEnvironmentVariable("PKKPM_FUZZ_SEED"), out var given) ? given : FixedSeed;
        output.WriteLine($"PKKPM_FUZZ_SEED={seed} ({BotApplication.DefaultProvider})");
        await using var app = new BotApplication(settings: NoLimits);
        using var client = app.CreateClient();
        var bodies = new AdversarialBodies(seed);
        var pick = new Random(seed);
        var failures = new List<string>();
        var (stored, tooLarge) = (0, 0);
        var watch = Stopwatch.StartNew();

        for (var i = 0; i < Messages; i++)
        {
            var body = bodies.Next();
            var from = Senders[pick.Next(Senders.Length)];
            var whatsApp = pick.Next(3) == 0;
            app.Clock.Advance(TimeSpan.FromSeconds(pick.Next(30)));

            var (status, xml, size) = await PostAsync(client, from, whatsApp, body);

            var problem = Problem(status, xml, size, whatsApp);
            if (problem is not null) failures.Add($"#{i} {body.Kind} from {from}{(whatsApp ? " (WhatsApp)" : "")}: {problem}; body {Show(body.Text)}");
            if (status == HttpStatusCode.OK) stored++;
            if (status == HttpStatusCode.RequestEntityTooLarge) tooLarge++;
        }

        output.WriteLine($"{Messages} messages in {watch.Elapsed.TotalSeconds:0} s: {stored} answered, {tooLarge} over 64 KB refused, {failures.Count} failed");
        foreach (var failure in failures.Take(20)) output.WriteLine(failure);
        Assert.True(failures.Count == 0, $"{failures.Count} of {Messages} failed (PKKPM_FUZZ_SEED={seed}); first: {failures.FirstOrDefault()}");
        await using var connection = app.OpenDatabase();
        var storedBodies = (await connection.QueryAsync<string>("select body from inbound_messages")).ToList();
        Assert.Equal(stored, storedBodies.Count);
        Assert.All(storedBodies, b => Assert.False(b.Any(c => char.IsControl(c) && c is not ('\t' or '\n')) || HasLoneSurrogate(b), Show(b)));
    }

    private static string? Problem(HttpStatusCode status, string xml, int size, bool whatsApp)
    {
        if (size > 64 * 1024) return status == HttpStatusCode.RequestEntityTooLarge ? null : $"{(int)status} for {size} bytes, expected 413";
        if (status != HttpStatusCode.OK) return $"status {(int)status}";
        XDocument twiml;
        try { twiml = XDocument.Parse(xml); }
        catch (XmlException e) { return $"not XML ({e.Message}): {xml}"; }
        if (twiml.Root?.Name != "Response" || twiml.Root.Elements().Any(e => e.Name != "Message"))
            return $"not a TwiML reply: {xml}";
        foreach (var reply in twiml.Root.Elements().Select(e => e.Value))
        {
            if (reply.Length == 0) return "an empty message";
            if (!whatsApp && !(SmsLength.IsGsm7(reply) && SmsLength.FitsOneSegment(reply))) return $"not one GSM-7 segment: {reply}";
            if (whatsApp && reply.Length > 1600) return $"{reply.Length} characters: {reply[..80]}...";
        }
        return null;
    }

    /// <summary>Signed over the values as a correct form reader reads them, as Twilio signs.</summary>
    private static async Task<(HttpStatusCode Status, string Xml, int Size)> PostAsync(HttpClient client, string from, bool whatsApp, AdversarialBodies.Body body)
    {
        var prefix = whatsApp ? "whatsapp:" : "";
        var fields = TwilioSender.Fields(prefix + from, prefix + TwilioSender.ServiceNumber, body.Text);
        var bytes = RawForm.Encode(fields.Select(f => KeyValuePair.Create(f.Key, f.Key == "Body" && body.Raw is { } raw ? raw : Encoding.UTF8.GetBytes(f.Value))));
        var url = new Uri(client.BaseAddress!, "/twilio/messages").ToString();
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new ByteArrayContent(bytes) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/x-www-form-urlencoded");
        request.Headers.Add("X-Twilio-Signature", TwilioSender.Signature(BotApplication.AuthToken, url, fields));
        using var response = await client.SendAsync(request);
        return (response.StatusCode, await response.Content.ReadAsStringAsync(), bytes.Length);
    }

    private static bool HasLoneSurrogate(string text) =>
        text.Where((c, i) => char.IsHighSurrogate(c) ? i + 1 == text.Length || !char.IsLowSurrogate(text[i + 1]) : char.IsLowSurrogate(c) && (i == 0 || !char.IsHighSurrogate(text[i - 1]))).Any();

    private static string Show(string text)
    {
        var shown = string.Concat(text.Take(60).Select(c => char.IsControl(c) || char.IsSurrogate(c) ? $"\\u{(int)c:X4}" : c.ToString()));
        return $"\"{shown}\"{(text.Length > 60 ? $"... ({text.Length} chars)" : "")}";
    }
}
