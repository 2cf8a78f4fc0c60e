namespace Pkkpm.Conversations.Understanding;

/// <summary>
/// "Assalamualaikum" is answered in kind ("Waalaikumsalam"), as anyone in the village would answer
/// it; "selamat pagi" and "halo" get the greeting of the time of day.
/// </summary>
public static class Salam
{
    public const string Answer = "Waalaikumsalam";

    /// <summary>"Assalamualaikum", "Assalamu'alaikum wr. wb.", "asalamualaikum bu".</summary>
    public static bool Opens(string body)
    {
        var letters = new string(body.Where(char.IsLetter).Take(8).Select(char.ToLowerInvariant).ToArray());
        return letters.StartsWith("assalam", StringComparison.Ordinal) || letters.StartsWith("asalam", StringComparison.Ordinal);
    }
}
