using Microsoft.Extensions.Options;
using Twilio.Security;

namespace Pkkpm.Bot.Twilio;

/// <summary>
/// Checks X-Twilio-Signature before anything else happens: a request Twilio did not sign gets 403
/// and never reaches the database. The URL is the one Twilio signed: the configured public base
/// URL (behind a reverse proxy) or else the URL this request arrived on.
/// </summary>
internal sealed class TwilioSignature(IOptions<TwilioOptions> options, ILogger<TwilioSignature> logger) : IEndpointFilter
{
    public const string FormItem = "twilio.form";

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var form = await InboundForm.ReadAsync(http.Request, http.RequestAborted);
        if (form is null) return TypedResults.StatusCode(StatusCodes.Status413PayloadTooLarge);

        var token = options.Value.AuthToken;
        var signature = http.Request.Headers["X-Twilio-Signature"].ToString();
        var url = SignedUrl(http.Request);
        if (string.IsNullOrEmpty(token) || string.IsNullOrEmpty(signature)
            || !new RequestValidator(token).Validate(url, form.Fields.ToDictionary(), signature))
        {
            logger.LogWarning("Refused a webhook with a missing or wrong X-Twilio-Signature for {Url}", url);
            return TypedResults.StatusCode(StatusCodes.Status403Forbidden);
        }

        http.Items[FormItem] = form;
        return await next(context);
    }

    private string SignedUrl(HttpRequest request)
    {
        var publicBase = options.Value.PublicBaseUrl;
        var pathAndQuery = $"{request.PathBase}{request.Path}{request.QueryString}";
        return string.IsNullOrWhiteSpace(publicBase)
            ? $"{request.Scheme}://{request.Host}{pathAndQuery}"
            : publicBase.TrimEnd('/') + pathAndQuery;
    }
}
