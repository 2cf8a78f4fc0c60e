using Pkkpm.Conversations.People;

namespace Pkkpm.Conversations.Tests.Engine;

/// <summary>People managed by their pendamping, held in memory: enough for the engine's tests to compile and run.</summary>
internal sealed partial class FakeConversationData
{
    public Task<PersonOnFile?> FindPersonAsync(string phone, CancellationToken cancellationToken) =>
        Task.FromResult(People.GetValueOrDefault(phone) is { } p ? new PersonOnFile(p.PersonId, phone, p.Name, p.Salutation, p.Role, p.Groups, p.Panggilan) : null);

    public Task<GroupRef?> FindGroupAsync(string code, CancellationToken cancellationToken) =>
        Task.FromResult(People.Values.SelectMany(p => p.Groups).FirstOrDefault(g => g.Code.Equals(code, StringComparison.OrdinalIgnoreCase)));

    public Task<long> RegisterMemberAsync(long groupId, string phone, string name, string salutation, long? returningPersonId, CancellationToken cancellationToken) =>
        throw new NotSupportedException("registration is tested through the real store (tests/Bot.Tests/People)");

    public Task ChangePhoneAsync(long personId, string oldPhone, string newPhone, CancellationToken cancellationToken) =>
        throw new NotSupportedException("number changes are tested through the real store (tests/Bot.Tests/People)");

    public Task LeaveGroupAsync(long personId, long groupId, CancellationToken cancellationToken) =>
        throw new NotSupportedException("leaving is tested through the real store (tests/Bot.Tests/People)");

    public Task NameOfficerAsync(long groupId, long personId, Role role, long? previousPersonId, CancellationToken cancellationToken) =>
        throw new NotSupportedException("officers are tested through the real store (tests/Bot.Tests/People)");
}
