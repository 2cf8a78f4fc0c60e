namespace Pkkpm.Bot.Outbound;

/// <summary>
/// The SDK always calls https://api.twilio.com (Edge and Region only change the host under
/// twilio.com); this sends its requests to Twilio__ApiBaseUrl instead, e.g. a local mock.
/// </summary>
internal sealed class ApiBaseUrlHandler(Uri apiBaseUrl) : DelegatingHandler
{
    private static readonly Uri Twilio = new("https://api.twilio.com");

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.RequestUri is { } uri && Uri.Compare(uri, Twilio, UriComponents.SchemeAndServer, UriFormat.Unescaped, StringComparison.OrdinalIgnoreCase) == 0)
            request.RequestUri = new Uri(apiBaseUrl, uri.PathAndQuery);
        return base.SendAsync(request, cancellationToken);
    }
}

/// <summary>
/// Gives up on a request after Outbound__HttpTimeout, measured by the TimeProvider (the SDK takes
/// no cancellation token, and HttpClient.Timeout only knows the wall clock).
/// </summary>
internal sealed class TimeoutHandler(TimeSpan timeout, TimeProvider clock) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        using var timer = new CancellationTokenSource(timeout, clock);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timer.Token);
        try
        {
            var response = await base.SendAsync(request, linked.Token);
            // The SDK reads the body after this returns: buffer it here, inside the timeout.
            await response.Content.LoadIntoBufferAsync(linked.Token);
            return response;
        }
        catch (OperationCanceledException) when (timer.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            throw new TimeoutException($"No answer from Twilio within {timeout.TotalSeconds:0.#} s.");
        }
    }
}
