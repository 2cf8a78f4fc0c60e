using Pkkpm.Data.Postgres;

namespace Pkkpm.Data.Stores;

/// <summary>A member's books held for the rest of the turn, so what a turn checks is what it records against.</summary>
public sealed partial class ConversationData
{
    // SQLite needs no lock: its single writer runs one turn at a time, and every turn begins by
    // writing its inbound message, which takes the database's one write lock until the turn commits.
    public Task HoldBooksAsync(IReadOnlyCollection<long> personIds, CancellationToken cancellationToken) =>
        Dialect.IsPostgres(connection)
            ? MemberBooks.HoldAsync(connection, transaction, personIds, cancellationToken)
            : Task.CompletedTask;
}
