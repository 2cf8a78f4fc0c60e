using System.Globalization;
using System.Text;

namespace Pkkpm.Conversations.Sms;

/// <summary>
/// Text from people and seeds made fit to echo in an SMS. One character outside GSM-7 (the 🙏 after
/// an IZIN reason, an "á" in a name typed on a smartphone) turns the whole reply into UCS-2: 70
/// characters a segment instead of 160, so a one-SMS reply becomes two or three.
/// Folding keeps what GSM-7 has (é, ü, Ç, ñ, line breaks), writes phone punctuation plainly (see
/// <see cref="TypographicPunctuation"/>), writes other accented letters as their base letter (á is a,
/// ī is i, ç is c), and drops what has no plain form: emoji, symbols, other scripts, control
/// characters. The spaces this leaves are collapsed.
/// </summary>
public static class Gsm7Text
{
    // Characters that have a plain form but do not decompose into it.
    private static readonly Dictionary<char, string> Plain = new()
    {
        ['`'] = "'", ['\u00B4'] = "'", ['\u02BB'] = "'", ['\u02BC'] = "'", ['\u00AB'] = "\"", ['\u00BB'] = "\"", ['\u2039'] = "'", ['\u203A'] = "'",
        ['\u2010'] = "-", ['\u2011'] = "-", ['\u2012'] = "-", ['\u2015'] = "-", ['\u2212'] = "-",
        ['ł'] = "l", ['Ł'] = "L", ['đ'] = "d", ['Đ'] = "D", ['ð'] = "d", ['Ð'] = "D", ['ħ'] = "h", ['Ħ'] = "H",
        ['ı'] = "i", ['ŧ'] = "t", ['Ŧ'] = "T", ['œ'] = "oe", ['Œ'] = "OE", ['þ'] = "th", ['Þ'] = "Th",
        ['\u2028'] = "\n", ['\u2029'] = "\n", ['\u200B'] = " ",
    };

    public static string Fold(string text)
    {
        if (IsFolded(text))
            return text;

        // Runes, so a surrogate pair (an emoji) is never split; a lone surrogate reads as U+FFFD and
        // is dropped, and so is U+FFFE, which Normalize refuses. Composing first makes "e" +
        // combining acute the é that GSM-7 has.
        var runes = new StringBuilder(text.Length);
        foreach (var rune in TypographicPunctuation.Fold(text).Replace("\r\n", "\n").EnumerateRunes())
            runes.Append(rune.Value is 0xFFFE or 0xFFFF ? Rune.ReplacementChar.ToString() : rune.ToString());
        var composed = runes.ToString().Normalize(NormalizationForm.FormC);

        var folded = new StringBuilder(composed.Length);
        var dropped = false;
        foreach (var rune in composed.EnumerateRunes())
        {
            var plain = PlainForm(rune);
            if (plain is null)
            {
                // An emoji between two words ("anak🙏sakit") stood for a space; a mark or a joiner did not.
                dropped |= !IsInvisible(rune);
                continue;
            }
            if (dropped && folded.Length > 0 && char.IsLetterOrDigit(folded[^1]) && char.IsLetterOrDigit(plain[0]))
                folded.Append(' ');
            // ...nor is there a space before the full stop that followed it ("sakit 🙏." is "sakit.").
            if (dropped && folded.Length > 0 && folded[^1] == ' ' && plain[0] is '.' or ',' or ';' or ':' or '!' or '?' or ')')
                folded.Length--;
            dropped = false;
            folded.Append(plain);
        }
        return Collapse(folded.ToString());
    }

    /// <summary>The rune as GSM-7 characters, or null when it has no plain form.</summary>
    private static string? PlainForm(Rune rune)
    {
        if (rune.Value is '\r' or '\n') return "\n";
        if (rune.IsBmp && Plain.TryGetValue((char)rune.Value, out var plain)) return plain;
        if (Rune.IsWhiteSpace(rune)) return " "; // a tab, a form feed, a wide space
        if (rune.IsBmp && SmsLength.IsGsm7((char)rune.Value)) return rune.ToString();

        // á is a + acute, ī is i + macron, 𝐒 (a "bold" letter from a font app) is S.
        var baseLetters = new StringBuilder();
        foreach (var c in rune.ToString().Normalize(NormalizationForm.FormKD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark)
                continue;
            if (!SmsLength.IsGsm7(c) || char.IsWhiteSpace(c))
                return null;
            baseLetters.Append(c);
        }
        return baseLetters.Length > 0 ? baseLetters.ToString() : null;
    }

    private static bool IsInvisible(Rune rune) => Rune.GetUnicodeCategory(rune)
        is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark or UnicodeCategory.Format;

    /// <summary>One space between words, none around a line break or at the ends.</summary>
    private static string Collapse(string text)
    {
        var collapsed = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c == ' ' && (collapsed.Length == 0 || collapsed[^1] is ' ' or '\n')) continue;
            if (c == '\n' && collapsed.Length > 0 && collapsed[^1] == ' ') collapsed.Length--;
            collapsed.Append(c);
        }
        return collapsed.ToString().Trim(' ', '\n');
    }

    /// <summary>Most text (every reply we write) is already plain: no copy for it.</summary>
    private static bool IsFolded(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (!SmsLength.IsGsm7(c) || c is '\r' or '\f') return false;
            if (c == ' ' && (i == 0 || i == text.Length - 1 || text[i + 1] is ' ' or '\n' || text[i - 1] == '\n')) return false;
            if (c == '\n' && (i == 0 || i == text.Length - 1 || text[i - 1] == ' ')) return false;
        }
        return true;
    }
}
