using Pkkpm.Conversations.Sms;

namespace Pkkpm.Conversations.Arrears;

/// <summary>
/// The SMS a member gets when her pendamping (or an admin) switches her arrears reminder on at her
/// request, or off, in the console: what changed, who did it, and how to undo it by herself. One
/// GSM-7 segment; a long name loses who did it, then the courtesy, before a second SMS is paid for.
/// </summary>
public static class ReminderSwitchText
{
    /// <param name="addressed">"Ibu Sri"</param>
    /// <param name="salutation">"Ibu" or "Bapak": how the text refers to her again</param>
    /// <param name="by">"Bu Rina": who switched it, as members call her</param>
    public static string On(string addressed, string salutation, string by) => Fit(
        $"{addressed}, sesuai permintaan {salutation}, pengingat angsuran dinyalakan oleh {by}: bila ada tunggakan, kami ingatkan tiap Senin pagi. Berhenti: balas INGATKAN BERHENTI",
        $"{addressed}, sesuai permintaan {salutation}, pengingat angsuran dinyalakan: bila ada tunggakan, kami ingatkan tiap Senin pagi. Berhenti: balas INGATKAN BERHENTI",
        $"{addressed}, pengingat angsuran dinyalakan: bila ada tunggakan, kami ingatkan tiap Senin. Berhenti: balas INGATKAN BERHENTI");

    public static string Off(string addressed, string by) => Fit(
        $"{addressed}, pengingat angsuran dimatikan oleh {by}; tidak ada lagi pengingat tunggakan tiap Senin. Menyalakan lagi: balas INGATKAN",
        $"{addressed}, pengingat angsuran dimatikan; tidak ada lagi pengingat tunggakan tiap Senin. Menyalakan lagi: balas INGATKAN",
        $"{addressed}, pengingat angsuran dimatikan. Menyalakan lagi: balas INGATKAN");

    private static string Fit(params string[] longestFirst)
    {
        var texts = longestFirst.Select(Gsm7Text.Fold).ToList();
        return texts.FirstOrDefault(SmsLength.FitsOneSegment) ?? texts[^1];
    }
}
