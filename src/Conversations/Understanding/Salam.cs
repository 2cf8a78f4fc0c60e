namespace Pkkpm.Conversations.Understanding;

/// <summary>
/// "Assalamualaikum" is answered in kind ("Waalaikumsalam"), as anyone in the village would answer
/// it; "selamat pagi" and "halo" get the greeting of the time of day. People write the salam in a
/// dozen ways ("Assalamu'alaikum wr. wb.", "asslmkm", "ass", "aslm", "samlekom"): all are the salam.
/// </summary>
public static class Salam
{
    public const string Answer = "Waalaikumsalam";

    private const string Greeting = "assalamualaikum";
    private const string Reply = "waalaikumsalam";

    /// <summary>"Assalamualaikum", "Assalamu'alaikum wr. wb.", "asalamualaikum bu", "asslmkm".</summary>
    public static bool Opens(string body)
    {
        var first = Tokenizer.Split(body).FirstOrDefault();
        return first.Word == Greeting;
    }

    /// <summary>The salam or its answer for any of their spellings, or null.</summary>
    internal static string? Shape(string word) => word switch
    {
        "ass" or "as" or "aslm" or "asslm" or "aslkm" or "askum" or "samlekom" or "samlekum" or "mikum" => Greeting,
        // Long enough not to be "asal" (origin, as long as).
        _ when word.Length < 6 => null,
        _ when word.StartsWith("assal", StringComparison.Ordinal) || word.StartsWith("asal", StringComparison.Ordinal)
            || word.StartsWith("asslm", StringComparison.Ordinal) || word.StartsWith("aslmk", StringComparison.Ordinal) => Greeting,
        _ when word.StartsWith("waalaik", StringComparison.Ordinal) || word.StartsWith("walaik", StringComparison.Ordinal)
            || word.StartsWith("wassal", StringComparison.Ordinal) => Reply,
        _ => null,
    };
}
