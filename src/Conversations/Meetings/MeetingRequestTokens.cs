using System.Text.RegularExpressions;
using Pkkpm.Conversations.Sms;

namespace Pkkpm.Conversations.Meetings;

/// <summary>One word of RAPAT's arguments: where it sits, so fragments and the place are quoted
/// as typed, and its lower-case form for matching: without trailing '.', ':', '!' or '?', nor
/// apostrophes ("Jum'at", "ba'da").</summary>
internal readonly record struct MeetingRequestToken(int Start, int End, string Word);

internal static partial class MeetingRequestTokens
{
    public static MeetingRequestToken[] Split(string text) =>
        [.. Words().Matches(text).Select(m =>
            new MeetingRequestToken(m.Index, m.Index + m.Length, Plain(m.Value)))];

    private static string Plain(string word) =>
        TypographicPunctuation.Fold(word).Replace("'", "").Replace("`", "").TrimEnd('.', ':', '!', '?').ToLowerInvariant();

    /// <summary>"" past the end, so readers can look ahead without bounds checks.</summary>
    public static string WordAt(this IReadOnlyList<MeetingRequestToken> tokens, int index) =>
        index < tokens.Count ? tokens[index].Word : "";

    /// <summary>The text of <paramref name="count"/> words from <paramref name="from"/>, as typed.</summary>
    public static string Quote(this IReadOnlyList<MeetingRequestToken> tokens, string text, int from, int count) =>
        text[tokens[from].Start..tokens[from + count - 1].End];

    // Space, '#', ',' and ';' separate words (people learnt REG#NIK# from SIM registration); '.'
    // and ':' do not, they sit inside times. A comma between digits stays too: "9,30" is a time.
    [GeneratedRegex(@"(?:[^\s#,;]|(?<=\d),(?=\d))+")]
    private static partial Regex Words();
}
