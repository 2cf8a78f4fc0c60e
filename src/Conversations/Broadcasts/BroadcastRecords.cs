namespace Pkkpm.Conversations.Broadcasts;

/// <summary>Who a broadcast would reach: everyone in the groups, less those who said BERHENTI.</summary>
public sealed record Audience(int Members, int OptedOut)
{
    public int Recipients => Members - OptedOut;
}

/// <summary>A queued broadcast: its code (for STATUS) and how many it goes to and skips.</summary>
public sealed record BroadcastSent(long BroadcastId, int Recipients, int Skipped)
{
    public string Code => BroadcastCodes.Format(BroadcastId);
}

/// <summary>Where a broadcast's messages are, as STATUS reports them.</summary>
public sealed record BroadcastProgress(
    long BroadcastId,
    long SentByPersonId,
    int Waiting,
    int Sent,
    int Delivered,
    int Failed,
    int Skipped)
{
    public int Total => Waiting + Sent + Delivered + Failed + Skipped;
}

/// <summary>Broadcast codes are "U" and the number: short to type back, never mistaken for an entry code.</summary>
public static class BroadcastCodes
{
    public static string Format(long id) => $"U{id}";

    public static bool TryParse(string? text, out long id)
    {
        id = 0;
        var code = text?.Trim().ToUpperInvariant();
        return code is { Length: > 1 } && code[0] == 'U' && long.TryParse(code[1..], System.Globalization.NumberStyles.None, null, out id);
    }
}
