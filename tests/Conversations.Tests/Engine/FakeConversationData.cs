using Pkkpm.Conversations.Balance;
using Pkkpm.Conversations.People;

namespace Pkkpm.Conversations.Tests.Engine;

/// <summary>People and statements held in memory: the engine's decisions without a database.</summary>
internal sealed class FakeConversationData : IConversationData
{
    public Dictionary<string, Sender> People { get; } = [];

    public Dictionary<long, MemberStatement> Statements { get; } = [];

    public int StatementReads { get; private set; }

    public Task<Sender?> FindSenderAsync(string phone, CancellationToken cancellationToken) =>
        Task.FromResult(People.GetValueOrDefault(phone));

    public Task<MemberStatement> GetStatementAsync(long personId, long groupId, CancellationToken cancellationToken)
    {
        StatementReads++;
        return Task.FromResult(Statements.GetValueOrDefault(personId) ?? new MemberStatement(0, []));
    }
}
