using Pkkpm.Conversations.Deposits;
using Pkkpm.Conversations.Sms;

namespace Pkkpm.Conversations.People;

/// <summary>
/// Whose people a person may manage: a pendamping the groups they accompany; an admin (in the console)
/// every group. Ketua, bendahara, pemantau and members manage nobody.
/// </summary>
public static class ManagedGroups
{
    public static bool MayManagePeople(Sender sender) => sender.Role is Role.Pendamping or Role.Admin;

    public static bool Manages(Sender sender, long groupId) =>
        sender.Role == Role.Admin || sender.Role == Role.Pendamping && sender.Groups.Any(g => g.GroupId == groupId);

    /// <summary>The group a code names, if the sender manages it; otherwise why not, in a sentence.</summary>
    public static async Task<(GroupRef? Group, string? Refusal)> ResolveAsync(
        IConversationData data, Sender sender, string? code, string usage, CancellationToken cancellationToken)
    {
        code = code?.Trim().Trim('#', ':', ',', '.');
        if (string.IsNullOrEmpty(code)) return (null, usage);
        var group = sender.Groups.FirstOrDefault(g => g.Code.Equals(code, StringComparison.OrdinalIgnoreCase))
            ?? await data.FindGroupAsync(code, cancellationToken);
        if (group is not null && Manages(sender, group.GroupId)) return (group, null);
        var notFound = $"Maaf {sender.Addressed}, kelompok {AmountTexts.Short(code)} tidak ditemukan.";
        return group is null
            ? (null, sender.Groups.Count == 0 ? notFound
                : SmsPages.ListWithin($"{notFound} Kelompok {sender.Salutation}: ", sender.Groups.Select(g => g.Code).ToList(), "."))
            : (null, $"Maaf {sender.Addressed}, {group.Name} bukan kelompok dampingan {sender.Salutation}. Tidak ada yang diubah.");
    }
}
