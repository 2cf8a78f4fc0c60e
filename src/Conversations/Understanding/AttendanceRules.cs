namespace Pkkpm.Conversations.Understanding;

/// <summary>
/// How attendance is said. A negated "datang/hadir/ikut" is an absence (IZIN); an illness is the
/// sender's own (SAKIT) unless a relative comes before it ("anak sakit" is IZIN); "ikut rapat"
/// answers the meeting, it does not ask for it; ABSEN without numbers from a member is her absence.
/// When a message says several of these, her own illness wins over an excuse, an excuse over a yes.
/// The meeting named first and then herself coming ("sesuk selapanan aku teko", "kumpulan 2 minggu
/// sekali sy ikut bu") is an answer too, unless the message asks something.
/// </summary>
internal static class AttendanceRules
{
    private const int KinReach = 4;

    public static List<Hit> Apply(Sentence sentence, IReadOnlyList<Hit> hits)
    {
        var result = new List<Hit>(hits.Count);
        for (var k = 0; k < hits.Count; k++)
        {
            var hit = hits[k];
            switch (hit)
            {
                case { Intent: Intent.Present, Negated: true }:
                    result.Add(hit with { Intent = Intent.Excused, Tier = Tier.Keyword, Negated = false });
                    break;
                // "tidak jadi datang", "ora sido teko": not coming after all.
                case { Intent: Intent.Present } when result.Count > 0 && result[^1] is { Intent: Intent.Cancel } cancel && cancel.Last + 1 == hit.First:
                    result[^1] = hit with { Intent = Intent.Excused, Tier = Tier.Keyword, First = cancel.First };
                    break;
                case { Intent: Intent.Present, Tier: Tier.Hint } when sentence.Asks && sentence.Tokens[hit.First].Is("kumpul"):
                    // "sesuk sido kumpul ora?" asks about the meeting.
                    result.Add(hit with { Intent = Intent.Schedule, Tier = Tier.Keyword });
                    break;
                case { Intent: Intent.Present }:
                    result.Add(hit with { Tier = Tier.Keyword });
                    break;
                // "rumah sakit" is the hospital, somebody's visit to it says nothing of the sender's health.
                case { Intent: Intent.Sick } when hit.First > 0 && sentence.Tokens[hit.First - 1].Word == "rumah":
                    break;
                case { Intent: Intent.Sick, Negated: false } when AboutSomeoneElse(sentence, hit.First):
                    // A weaker sign than IZIN itself: the message as a whole is the reason.
                    result.Add(hit with { Intent = Intent.Excused, Tier = Tier.Hint });
                    break;
                // "kula absen rumiyin": she is absent. ABSEN alone is the treasurer's command (and its usage).
                case { Intent: Intent.AttendanceRoll } when !HasNumbersAfter(sentence, hit.Last) && sentence.Tokens.Count > 1:
                    result.Add(hit with { Intent = Intent.Excused });
                    break;
                default:
                    result.Add(hit);
                    break;
            }
        }
        // "ikut rapat", "ora iso teko kumpulan": the meeting is what they come to, not a question.
        return result.Where(h => !(h.Intent == Intent.Schedule && (FollowsAttendance(result, h) || IsSaidBeforeComing(sentence, result, h)))).ToList();
    }

    /// <summary>Among attendance readings: her own illness, then an excuse, then a yes.</summary>
    public static int Rank(Intent intent) => intent switch
    {
        Intent.Sick => 0,
        Intent.Excused => 1,
        Intent.Present => 2,
        _ => 3,
    };

    public static bool IsAttendance(Intent intent) => intent is Intent.Sick or Intent.Excused or Intent.Present;

    private static bool FollowsAttendance(List<Hit> hits, Hit schedule) =>
        hits.Any(h => h.Intent is Intent.Present or Intent.Excused && h.Last < schedule.First && schedule.First - h.Last <= 2);

    /// <summary>"kumpulan bsk sy dtg", "selapanan sesuk kula mboten saged rawuh": the meeting, then she
    /// says whether she comes. A question ("selapanan e kapan? aku arep teko") still asks.</summary>
    private static bool IsSaidBeforeComing(Sentence sentence, List<Hit> hits, Hit schedule) =>
        !sentence.Asks && !IsACall(sentence, schedule) && hits.Any(h => IsAttendance(h.Intent) && h.First > schedule.Last
            && sentence.Tokens.Skip(schedule.Last + 1).Take(h.Last - schedule.Last).Any(t => WordClasses.Self.Contains(t.Word)));

    /// <summary>"RAPAT MAWAR Senin 15.00 rumah saya, mohon hadir": an officer calling a meeting, whatever its place says.</summary>
    private static bool IsACall(Sentence sentence, Hit schedule) =>
        sentence.Tokens[schedule.First].Is("rapat") && IdleReading.OpensTheMessage(sentence, schedule) && sentence.Tokens.Any(t => t.HasDigits);

    private static bool AboutSomeoneElse(Sentence sentence, int sick)
    {
        var tokens = sentence.Tokens;
        for (var i = Math.Max(0, sick - KinReach); i < sick; i++)
        {
            var token = tokens[i];
            if (WordClasses.Kin.Contains(token.Word) || WordClasses.Kin.Contains(token.Stem)) return true;
            var owned = i + 1 < tokens.Count && WordClasses.Possessives.Contains(tokens[i + 1].Word);
            if (WordClasses.KinWhenOwned.Contains(token.Word) && owned) return true;
            if (WordClasses.KinWhenOwned.Contains(token.Stem) && token.Word.EndsWith("ku", StringComparison.Ordinal)) return true;
        }
        return false;
    }

    private static bool HasNumbersAfter(Sentence sentence, int last) =>
        sentence.Tokens.Skip(last + 1).Any(t => t.HasDigits);
}
