using Pkkpm.Conversations.Engine;

namespace Pkkpm.Conversations.OptOut;

/// <summary>
/// BERHENTI (STOP, UNREG, ...): no more broadcasts, reminders or tips. Receipts of the person's own
/// money and answers to their own messages still come: those are their business. MULAI undoes it.
/// </summary>
internal static class OptOutFlow
{
    public static async Task<Next> StopAsync(Turn turn)
    {
        await turn.Data.SetOptedOutAsync(turn.Sender.PersonId, true, turn.CancellationToken);
        await turn.Data.SetTipSubscriptionAsync(turn.Sender.PersonId, false, turn.CancellationToken);
        turn.Say($"Baik {turn.Sender.Addressed}, pengumuman, pengingat dan tips tidak dikirim lagi. Tanda terima tabungan tetap dikirim. Balas MULAI untuk menerima lagi.");
        return Next.Done;
    }

    public static async Task<Next> StartAsync(Turn turn)
    {
        await turn.Data.SetOptedOutAsync(turn.Sender.PersonId, false, turn.CancellationToken);
        turn.Say($"Terima kasih {turn.Sender.Addressed}, pengumuman dan pengingat pertemuan akan dikirim lagi. Tips mingguan: balas TIPS LANGGANAN.");
        return Next.Done;
    }
}
