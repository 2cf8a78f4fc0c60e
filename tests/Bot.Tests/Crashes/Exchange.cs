using Pkkpm.Bot.Tests.Infrastructure;

namespace Pkkpm.Bot.Tests.Crashes;

/// <summary>
/// One webhook the test sent, as Twilio keeps it: its MessageSid, who sent what, in which life of
/// the service, and the answer, if one came before the service died. Twilio retries a message
/// that got no answer with the same MessageSid; <see cref="Answer"/> then holds the retry's.
/// </summary>
internal sealed class Exchange
{
    public enum Kinds { Deposit, DepositYes, Announcement, AnnouncementYes }

    public required string Sid { get; init; }

    public required Kinds Kind { get; init; }

    public required string From { get; init; }

    public required string Body { get; init; }

    /// <summary>Which start of the service it was sent to (1 = the first).</summary>
    public required int Life { get; init; }

    /// <summary>For a YA to a SETOR summary: the deposits the summary showed (member's phone, rupiah).</summary>
    public IReadOnlyList<(string Phone, long Amount)> Deposits { get; init; } = [];

    /// <summary>The 200 answer; null while none has come (the connection died with the service).</summary>
    public TwilioSender.Answer? Answer { get; set; }

    /// <summary>An answer other than 200: a crash may cost an answer, never give a wrong one.</summary>
    public TwilioSender.Answer? Refused { get; set; }

    /// <summary>True when the service answered before it was killed, not only Twilio's retry.</summary>
    public bool AnsweredFirstTime { get; set; }

    public string Reply => Answer is null ? "" : string.Join(' ', Answer.Replies);

    /// <summary>A YA that recorded deposits ("Tersimpan 3 setoran ...").</summary>
    public bool Recorded => Kind == Kinds.DepositYes && Reply.StartsWith("Tersimpan", StringComparison.Ordinal);

    /// <summary>A YA that started a broadcast ("Pengumuman U12 sedang dikirim ke 120 anggota").</summary>
    public bool Broadcast => Kind == Kinds.AnnouncementYes && Reply.Contains("sedang dikirim ke", StringComparison.Ordinal);

    public override string ToString() => $"{Kind} {Sid} from {From} in life {Life}: '{Body}' -> {(Answer is null ? "no answer" : $"'{Reply}'")}";
}
