using System.Globalization;
using System.Text;

namespace Pkkpm.Conversations.Understanding;

/// <summary>Turns one typed word into the form the vocabulary is matched against.</summary>
internal static class Normaliser
{
    /// <summary>"SALDOOO" -> "saldo", "Izín" -> "izin", "yaa" -> "ya", "gak" -> "tidak", "sy" -> "saya".</summary>
    public static string Normalise(ReadOnlySpan<char> typed)
    {
        var letters = LettersAndDigits(typed);
        return Slang.Standardise(CollapseStretching(letters));
    }

    /// <summary>Lower case, no diacritics, and nothing but letters and digits, so "Assalamu'alaikum",
    /// "*saldo*" and "saldo🙏" read as plain words.</summary>
    private static string LettersAndDigits(ReadOnlySpan<char> typed)
    {
        var decomposed = Decompose(typed.ToString());
        var kept = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (char.IsLetterOrDigit(c))
                kept.Append(char.ToLowerInvariant(c));
        }
        return kept.ToString();
    }

    // Text that is not well-formed Unicode (a lone surrogate, U+FFFE) cannot be normalised: its
    // letters are still read, one by one, rather than the whole message failing.
    private static string Decompose(string word)
    {
        try
        {
            return word.Normalize(NormalizationForm.FormD);
        }
        catch (ArgumentException)
        {
            var plain = new string(word.Where(c => !char.IsSurrogate(c) && char.IsLetterOrDigit(c)).ToArray());
            try { return plain.Normalize(NormalizationForm.FormD); }
            catch (ArgumentException) { return plain; }
        }
    }

    /// <summary>
    /// Letters held for emphasis: a run of three or more is one letter ("saldooo"), and so is a
    /// doubled last letter ("iyaa", "okee", "sipp"). Inner double letters are kept because
    /// Indonesian spells with them ("nggak", "maaf"). Digits are never touched ("1000").
    /// </summary>
    private static string CollapseStretching(string word)
    {
        var result = new StringBuilder(word.Length);
        for (var i = 0; i < word.Length;)
        {
            var run = 1;
            while (i + run < word.Length && word[i + run] == word[i])
                run++;
            var atEnd = i + run == word.Length;
            // Indonesian doubles an "a" ("maaf", "saat") but hardly any other vowel: "makaciih" is "makacih".
            var doubledVowel = run == 2 && word[i] is 'i' or 'u' or 'e' or 'o';
            var stretched = char.IsLetter(word[i]) && (run >= 3 || (run == 2 && atEnd && i > 0) || doubledVowel);
            result.Append(word[i], stretched ? 1 : run);
            i += run;
        }
        return result.ToString();
    }
}
