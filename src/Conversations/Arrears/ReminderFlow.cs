using Pkkpm.Conversations.Engine;

namespace Pkkpm.Conversations.Arrears;

/// <summary>
/// INGATKAN: a member asks to be reminded, each Monday morning while she is behind, of what she owes;
/// INGATKAN BERHENTI stops it. Opt-in, because a reminder nobody asked for reads as a debt collector.
/// </summary>
internal static class ReminderFlow
{
    private static readonly HashSet<string> StopWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "berhenti", "stop", "off", "mati", "matikan", "henti", "hentikan", "batal", "mandek", "sampun", "cukup",
    };

    public static async Task<Next> SetAsync(Turn turn, string arguments)
    {
        var sender = turn.Sender;
        var stop = arguments.Split([' ', '#', ':', ',', '.'], StringSplitOptions.RemoveEmptyEntries).Any(StopWords.Contains);
        var changed = await turn.Data.SetArrearsReminderAsync(sender.PersonId, !stop, turn.CancellationToken);
        turn.Say((stop, changed) switch
        {
            (false, true) => $"Baik {sender.Addressed}, bila ada tunggakan angsuran, kami ingatkan tiap Senin pagi. Berhenti: balas INGATKAN BERHENTI.",
            (false, false) => $"{sender.Addressed} sudah terdaftar pengingat angsuran. Berhenti: balas INGATKAN BERHENTI.",
            (true, true) => $"Baik {sender.Addressed}, pengingat angsuran dihentikan. Balas INGATKAN untuk menyalakan lagi.",
            (true, false) => $"Pengingat angsuran {sender.Addressed} memang tidak aktif. Balas INGATKAN untuk menyalakannya.",
        });
        return Next.Done;
    }

    /// <summary>The weekly reminder, signed by the group's bendahara when it has one: reminders from a real person work better.</summary>
    public static string Reminder(string addressed, string groupName, long arrears, int instalmentsLate, string? signer)
    {
        string Text(string group, string? by) => Sms.Gsm7Text.Fold(
            $"{addressed}, angsuran{group} tertunggak {Money.Rupiah.Format(arrears)} ({instalmentsLate}x). Mohon dibayar di pertemuan berikut. " +
            $"Terima kasih.{(by is null ? "" : $" -{by}")} Berhenti: INGATKAN BERHENTI");
        // A long group name or signer goes before the message grows a second SMS.
        return new[] { Text($" {groupName}", signer), Text("", signer), Text("", null) }.FirstOrDefault(Sms.SmsLength.FitsOneSegment) ?? Text("", null);
    }
}
