using System.Text;
using Microsoft.AspNetCore.WebUtilities;

namespace Pkkpm.Bot.Twilio;

/// <summary>
/// A webhook's form fields, read whole (the signature covers every field) but never more than
/// <see cref="MaxBytes"/>: a Twilio message is at most 1,600 characters, so 64 KB is far beyond any
/// honest request. Fields Twilio adds in future are kept and signed over, and otherwise ignored.
/// </summary>
internal sealed class InboundForm(Dictionary<string, string> fields)
{
    public const int MaxBytes = 64 * 1024;

    public IReadOnlyDictionary<string, string> Fields => fields;

    public string this[string name] => fields.TryGetValue(name, out var value) ? value : "";

    /// <summary>The form, or null when the body is larger than <see cref="MaxBytes"/>.</summary>
    public static async Task<InboundForm?> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.ContentLength > MaxBytes) return null;
        var buffer = new byte[MaxBytes + 1];
        var length = 0;
        int read;
        while (length < buffer.Length && (read = await request.Body.ReadAsync(buffer.AsMemory(length), cancellationToken)) > 0)
            length += read;
        if (length > MaxBytes) return null;

        var parsed = QueryHelpers.ParseQuery(Encoding.UTF8.GetString(buffer, 0, length));
        return new InboundForm(parsed.ToDictionary(p => p.Key, p => p.Value.ToString(), StringComparer.Ordinal));
    }
}
