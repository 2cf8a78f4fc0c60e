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
}
