using Pkkpm.Conversations.Engine;
using Pkkpm.Conversations.People;
using Pkkpm.Conversations.Deposits;
using Pkkpm.Conversations.Sms;
using Pkkpm.Conversations.Turns;

namespace Pkkpm.Conversations.Broadcasts;

/// <summary>
/// UMUMKAN KODE|SEMUA pesan: a pendamping's notice to the members of one group they accompany, or
/// of all of them, signed with their name. The bot says how many it reaches and how many SMS each
/// costs, and sends on YA. STATUS kode follows it afterwards.
/// </summary>
internal static class BroadcastFlow
{
    public const string Everyone = "SEMUA";

    public static async Task<Next> StartAsync(Turn turn, Pending pending, string arguments)
    {
        var sender = turn.Sender;
        var parts = arguments.Trim().Split((char[]?)null, 2, StringSplitOptions.RemoveEmptyEntries);
        var groups = parts.Length == 0 ? null
            : parts[0].Equals(Everyone, StringComparison.OrdinalIgnoreCase) ? sender.Groups.ToList()
            : sender.Groups.Where(g => g.Code.Equals(parts[0].Trim('#', ':', ','), StringComparison.OrdinalIgnoreCase)).ToList();
        // Folded before anything is counted: the summary says how many SMS members will really get.
        var message = parts.Length < 2 ? "" : Gsm7Text.Fold(MessageAfter(turn.Message.Body, parts[0]));
        if (groups is null || groups.Count == 0 || message.Length == 0)
        {
            turn.Say(SmsPages.ListWithin(
                $"Tulis: UMUMKAN kode pesan, misalnya UMUMKAN {sender.Groups.FirstOrDefault()?.Code ?? "MAWAR"} Besok rapat jam 3. Kode: ",
                sender.Groups.Select(g => g.Code).ToList(), " atau SEMUA."));
            return Next.Done;
        }

        var body = Signed(message, sender);
        var groupIds = groups.Select(g => g.GroupId).ToList();
        var audience = await turn.Data.GetAudienceAsync(groupIds, turn.CancellationToken);
        var to = groups.Count == 1 ? groups[0].Name : $"{groups.Count} kelompok";
        var skipped = audience.OptedOut > 0 ? $" ({audience.OptedOut} berhenti langganan tidak dikirimi)" : "";
        pending.Draft = new BroadcastDraft
        {
            GroupIds = groupIds,
            Message = body,
            Question = $"Pengumuman ke {audience.Recipients} anggota {to}{skipped}, {SmsLength.Segments(body)} SMS per pesan.",
            Audience = audience,
        };
        return Next.Confirm;
    }

    /// <summary>Members trust a notice with a real person's name under it.</summary>
    public static string Signed(string message, Sender sender) => Gsm7Text.Fold($"{message} -{sender.FirstName} ({sender.Role.ToCode()})");

    public static async Task<Next> StatusAsync(Turn turn, string arguments)
    {
        var typed = arguments.Trim().Split(' ', 2)[0];
        var progress = BroadcastCodes.TryParse(typed, out var id) ? await turn.Data.GetBroadcastProgressAsync(id, turn.CancellationToken) : null;
        if (progress is null || progress.SentByPersonId != turn.Sender.PersonId)
        {
            turn.Say(typed.Length == 0
                ? "Tulis: STATUS kode pengumuman, misalnya STATUS U12. Kode ada di balasan pengumuman."
                : $"Pengumuman {Deposits.AmountTexts.Short(typed)} tidak ditemukan di antara pengumuman {turn.Sender.Salutation}.");
            return Next.Done;
        }
        turn.Say($"Pengumuman {BroadcastCodes.Format(id)} ke {progress.Total} nomor: {progress.Delivered} sampai di HP, {progress.Sent} terkirim, " +
                 $"{progress.Waiting} menunggu, {progress.Failed} gagal, {progress.Skipped} berhenti langganan.");
        return Next.Done;
    }

    /// <summary>The message exactly as typed after the group code: its own closing full stop stays.</summary>
    private static string MessageAfter(string body, string code)
    {
        var at = body.IndexOf(code, StringComparison.OrdinalIgnoreCase);
        return body[(at + code.Length)..].Trim().TrimStart('#', ':', ',').Trim();
    }
}
