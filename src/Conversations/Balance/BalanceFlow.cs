using Pkkpm.Conversations.Engine;

namespace Pkkpm.Conversations.Balance;

/// <summary>SALDO (and PINJAMAN): the member's own statement in one SMS.</summary>
internal static class BalanceFlow
{
    public static async Task<Next> AnswerAsync(Turn turn)
    {
        var group = turn.Sender.HomeGroup!;
        var statement = await turn.Data.GetStatementAsync(turn.Sender.PersonId, group.GroupId, turn.CancellationToken);
        turn.Say(BalanceReply.For(turn.Sender, group, statement, turn.Today));
        return Next.Done;
    }
}
