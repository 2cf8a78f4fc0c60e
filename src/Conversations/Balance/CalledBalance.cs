using Pkkpm.Conversations.Engine;
using Pkkpm.Conversations.People;
using Pkkpm.Conversations.Sms;
using Pkkpm.Conversations.Understanding;

namespace Pkkpm.Conversations.Balance;

/// <summary>
/// A missed call to the service's number asks for the balance (issue 14). The answer is exactly what
/// SALDO answers the same person, decided by the same rules: a member (ketua, sekretaris and
/// bendahara too) gets her statement, a pendamping the refusal SALDO gives her, programme staff the
/// console notice. Unlike a SALDO message it goes round the conversation: whatever waits for her YA
/// stays waiting, a call is no answer to it.
/// </summary>
public static class CalledBalance
{
    /// <summary>How the menu and the welcome SMS tell members about it.</summary>
    public const string Invitation = "Miskol nomor ini untuk cek saldo gratis";

    /// <returns>null for a number nobody registered: it gets nothing (an SMS to it costs us and tells it nothing).</returns>
    public static async Task<CallerBalance?> ForAsync(IConversationData data, string phone, DateOnly today, CancellationToken cancellationToken)
    {
        var sender = await data.FindSenderAsync(phone, cancellationToken);
        if (sender is null) return null;
        if (sender.Role.IsProgrammeStaff())
            return Same(Texts.ConsoleOnly(sender));
        if (Permissions.Refusal(sender, Intent.Balance) is { } refusal)
            return new CallerBalance(Gsm7Text.Fold(refusal), SpokenBalance.MembersOnly(sender));

        var group = sender.HomeGroup!;
        var statement = await data.GetStatementAsync(sender.PersonId, group.GroupId, cancellationToken);
        return new CallerBalance(Gsm7Text.Fold(BalanceReply.For(sender, group, statement, today)), SpokenBalance.For(sender, statement, today));
    }

    private static CallerBalance Same(string text) => new(Gsm7Text.Fold(text), text);
}
