using Pkkpm.Conversations.Sms;

namespace Pkkpm.Bot.ProgrammeConsole.Simulator;

/// <summary>
/// What one SMS reply costs, as the project counts it (SmsLength): "1 SMS · GSM-7 · 96/160", or
/// for text outside GSM-7 "2 SMS · UCS-2 · 75/70". Over one segment is flagged: SMS replies must fit one.
/// </summary>
public sealed record SegmentLabel(int Segments, bool Gsm7, int Units)
{
    public static SegmentLabel Of(string text)
    {
        var gsm7 = SmsLength.IsGsm7(text);
        return new SegmentLabel(SmsLength.Segments(text), gsm7, gsm7 ? SmsLength.Septets(text) : text.Length);
    }

    public bool OverOne => Segments > 1;

    public override string ToString() => Gsm7
        ? $"{Segments} SMS · GSM-7 · {Units}/{SmsLength.SingleGsm7}"
        : $"{Segments} SMS · UCS-2 · {Units}/{SmsLength.SingleUcs2}";
}
