using System.Text.Json;
using Microsoft.Extensions.Options;
using Pkkpm.Bot.Twilio;
using Twilio.Clients;
using Twilio.Http;
using Twilio.Rest.Api.V2010.Account;
using Twilio.Types;

namespace Pkkpm.Bot.Outbound;

/// <summary>
/// Sends through Twilio's REST API with the SDK (MessageResource.CreateAsync) over our own
/// HttpClient: its base URL is configurable and its timeout follows the TimeProvider.
/// </summary>
internal sealed class TwilioMessageSender : IMessageSender, IDisposable
{
    private readonly System.Net.Http.HttpClient _http;
    private readonly TwilioRestClient _client;
    private readonly SenderNumbers _from;
    private readonly Uri? _statusCallback;

    public TwilioMessageSender(IOptions<TwilioOptions> twilio, IOptions<SenderNumbers> from, IOptions<OutboundOptions> outbound, TimeProvider clock)
    {
        var handler = new TimeoutHandler(outbound.Value.HttpTimeout, clock)
        {
            InnerHandler = new ApiBaseUrlHandler(new Uri(twilio.Value.ApiBaseUrl))
            {
                InnerHandler = new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) },
            },
        };
        _http = new System.Net.Http.HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan };
        _client = new TwilioRestClient(twilio.Value.AccountSid, twilio.Value.AuthToken, httpClient: new SystemNetHttpClient(_http));
        _from = from.Value;
        var publicBase = twilio.Value.PublicBaseUrl;
        _statusCallback = string.IsNullOrWhiteSpace(publicBase) ? null : new Uri(publicBase.TrimEnd('/') + "/twilio/status");
    }

    public async Task<string?> SendAsync(Outgoing message, CancellationToken cancellationToken)
    {
        var whatsApp = message.Route != Route.Sms;
        var options = new CreateMessageOptions(new PhoneNumber(whatsApp ? "whatsapp:" + message.ToPhone : message.ToPhone))
        {
            StatusCallback = _statusCallback,
        };
        if (!string.IsNullOrWhiteSpace(_from.MessagingServiceSid)) options.MessagingServiceSid = _from.MessagingServiceSid;
        else options.From = new PhoneNumber(whatsApp ? _from.WhatsAppFrom : _from.SmsFrom);

        if (message.Route == Route.WhatsAppTemplate)
        {
            options.ContentSid = message.ContentSid;
            options.ContentVariables = JsonSerializer.Serialize(new Dictionary<string, string> { ["1"] = message.Body });
        }
        else
        {
            options.Body = message.Body;
        }

        // The SDK takes no token: on shutdown a request under way is abandoned (its row's lease runs
        // out), but none is started.
        cancellationToken.ThrowIfCancellationRequested();
        var created = await MessageResource.CreateAsync(options, _client).WaitAsync(cancellationToken);
        return created.Sid;
    }

    public void Dispose() => _http.Dispose();
}
