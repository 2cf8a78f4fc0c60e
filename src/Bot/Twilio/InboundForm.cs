namespace Pkkpm.Bot.Twilio;

/// <summary>
/// A webhook's form fields, read whole (the signature covers every field) but never more than
/// <see cref="MaxBytes"/>: a Twilio message is at most 1,600 characters, so 64 KB is far beyond any
/// honest request. Fields Twilio adds in future are kept and signed over, and otherwise ignored.
/// The signature is checked on the fields exactly as sent (<see cref="Fields"/>); everything else
/// reads them cleaned (<see cref="InboundText"/>), so no database ever sees a NUL or half a character.
/// </summary>
internal sealed class InboundForm(Dictionary<string, string> fields)
{
    public const int MaxBytes = 64 * 1024;

    private readonly Dictionary<string, string> _cleaned = fields.ToDictionary(f => f.Key, f => InboundText.Clean(f.Value), StringComparer.Ordinal);

    /// <summary>The fields as Twilio sent and signed them: only for checking the signature.</summary>
    public IReadOnlyDictionary<string, string> Fields => fields;

    /// <summary>A field, cleaned; "" when it is not there.</summary>
    public string this[string name] => _cleaned.TryGetValue(name, out var value) ? value : "";

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

        return new InboundForm(FormFields.Parse(buffer.AsSpan(0, length)));
    }
}
