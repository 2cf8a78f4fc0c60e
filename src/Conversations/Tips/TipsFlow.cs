using Pkkpm.Conversations.Engine;

namespace Pkkpm.Conversations.Tips;

/// <summary>
/// TIPS: one practical business tip, never the one the person got last; TIPS with a topic
/// (TIPS ternak, TIPS bon) for one category; TIPS LANGGANAN / TIPS BERHENTI for a weekly tip.
/// </summary>
public static class TipsFlow
{
    public const string Footer = " Balas TIPS untuk tips lain.";

    /// <summary>The weekly tip's footer: how to stop it (a tip is at most 130 characters, so both fit one SMS).</summary>
    public const string WeeklyFooter = " Berhenti: balas TIPS BERHENTI";

    internal static async Task<Next> AnswerAsync(Turn turn, string arguments)
    {
        var word = arguments.Trim().Split(' ', 2)[0].Trim('.', ',', '!', '?').ToLowerInvariant();
        switch (word)
        {
            case "langganan" or "daftar" or "mingguan":
                var subscribed = await turn.Data.SetTipSubscriptionAsync(turn.Sender.PersonId, true, turn.CancellationToken);
                turn.Say(subscribed
                    ? $"{turn.Sender.Addressed} berlangganan tips usaha mingguan. Berhenti: balas TIPS BERHENTI."
                    : $"{turn.Sender.Addressed} sudah berlangganan tips mingguan. Berhenti: balas TIPS BERHENTI.");
                return Next.Done;
            case "berhenti" or "stop" or "off" or "unreg":
                await turn.Data.SetTipSubscriptionAsync(turn.Sender.PersonId, false, turn.CancellationToken);
                turn.Say($"Baik {turn.Sender.Addressed}, tips mingguan dihentikan. Balas TIPS kapan saja untuk satu tips, TIPS LANGGANAN untuk langganan lagi.");
                return Next.Done;
        }

        var request = TipTopics.Read(arguments);
        if (!request.Understood)
        {
            turn.Say($"Kategori tips: {string.Join(", ", Tip.Categories)}. Contoh: TIPS tani. Atau TIPS saja untuk tips apa saja.");
            return Next.Done;
        }

        var tip = await turn.Data.TakeNextTipAsync(turn.Sender.PersonId, request.Category, turn.CancellationToken);
        turn.Say(tip is null ? "Maaf, tips belum tersedia." : tip.Text + Footer);
        return Next.Done;
    }
}
