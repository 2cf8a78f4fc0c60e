namespace Pkkpm.Conversations.Arrears;

/// <summary>The weekly arrears reminder a member asked for with INGATKAN, in one SMS.</summary>
public static class ReminderText
{
    /// <summary>The weekly reminder, signed by the group's bendahara when it has one: reminders from a real person work better.</summary>
    public static string For(string addressed, string groupName, long arrears, int instalmentsLate, string? signer)
    {
        string Text(string group, string? by) => Sms.Gsm7Text.Fold(
            $"{addressed}, angsuran{group} tertunggak {Money.Rupiah.Format(arrears)} ({instalmentsLate}x). Mohon dibayar di pertemuan berikut. " +
            $"Terima kasih.{(by is null ? "" : $" -{by}")} Berhenti: INGATKAN BERHENTI");
        // A long group name or signer goes before the message grows a second SMS.
        return new[] { Text($" {groupName}", signer), Text("", signer), Text("", null) }.FirstOrDefault(Sms.SmsLength.FitsOneSegment) ?? Text("", null);
    }
}
