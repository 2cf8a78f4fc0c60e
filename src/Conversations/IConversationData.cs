using Pkkpm.Conversations.Balance;
using Pkkpm.Conversations.People;

namespace Pkkpm.Conversations;

/// <summary>
/// What a conversation may read while it decides. The store implements it on the turn's own
/// transaction, so a turn sees exactly what it will commit against; tests give it a fake.
/// </summary>
public interface IConversationData
{
    Task<Sender?> FindSenderAsync(string phone, CancellationToken cancellationToken);

    Task<MemberStatement> GetStatementAsync(long personId, long groupId, CancellationToken cancellationToken);
}
