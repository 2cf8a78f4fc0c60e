using System.Xml.Linq;
using Pkkpm.Bot.Import;
using Pkkpm.Bot.Twilio;

namespace Pkkpm.Bot.LocalSend;

/// <summary>
/// `send [--url URL] [--whatsapp] PHONE TEXT`: posts TEXT to a running service as an inbound message
/// from PHONE, signed as Twilio signs it with the configured auth token, and prints the replies.
/// </summary>
internal static class SendCommand
{
    private const string Usage = "usage: send [--url http://localhost:5080] [--whatsapp] PHONE TEXT";

    public static async Task<int> RunAsync(string[] args)
    {
        var url = "http://localhost:5080";
        var whatsapp = false;
        var rest = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--url" && i + 1 < args.Length) url = args[++i];
            else if (args[i] == "--whatsapp") whatsapp = true;
            else rest.Add(args[i]);
        }
        if (rest.Count < 2)
        {
            Console.Error.WriteLine(Usage);
            return 2;
        }

        var configuration = CommandSettings.Read("Development");
        var token = configuration["Twilio:AuthToken"];
        if (string.IsNullOrEmpty(token))
        {
            Console.Error.WriteLine("No Twilio__AuthToken configured to sign the request with.");
            return 2;
        }

        var prefix = whatsapp ? "whatsapp:" : "";
        var target = new Uri(new Uri(url), "/twilio/messages").ToString();
        var fields = WebhookSigner.InboundMessage(prefix + rest[0], prefix + "+6281100000000", string.Join(' ', rest.Skip(1)));
        using var http = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, target) { Content = new FormUrlEncodedContent(fields) };
        request.Headers.Add("X-Twilio-Signature", WebhookSigner.Sign(token, target, fields));

        using var response = await http.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode)
        {
            Console.Error.WriteLine($"{(int)response.StatusCode} {response.ReasonPhrase}: {body}");
            return 1;
        }
        foreach (var message in XDocument.Parse(body).Descendants("Message"))
            Console.WriteLine(message.Value);
        return 0;
    }
}
