namespace Pkkpm.Conversations.Sms;

/// <summary>
/// Phones put typographic punctuation in what people type (iPhone's smart quotes in "Jum'at" and
/// "Ma'ruf", a long dash, an ellipsis). None of it is in GSM-7, so a broadcast that kept it would go
/// out as UCS-2, 70 characters a segment instead of 160, and words would need every variant to be
/// understood. Every inbound message is folded to the plain characters once, at the start of its turn.
/// This is the one place in the code that names these characters.
/// </summary>
public static class TypographicPunctuation
{
    private static readonly Dictionary<char, string> Plain = new()
    {
        ['\u2018'] = "'", ['\u2019'] = "'", ['\u201A'] = "'", ['\u201B'] = "'", ['\u2032'] = "'",
        ['\u201C'] = "\"", ['\u201D'] = "\"", ['\u201E'] = "\"", ['\u2033'] = "\"",
        ['\u2013'] = "-", ['\u2014'] = "-", ['\u2026'] = "...", ['\u00A0'] = " ",
    };

    public static string Fold(string text)
    {
        if (!text.Any(Plain.ContainsKey))
            return text;
        var folded = new System.Text.StringBuilder(text.Length + 4);
        foreach (var c in text)
        {
            if (Plain.TryGetValue(c, out var plain)) folded.Append(plain);
            else folded.Append(c);
        }
        return folded.ToString();
    }
}
