using System.Data.Common;
using Dapper;

namespace Pkkpm.Data.Stores;

/// <summary>What waits in the outbox: how many messages, and since when the oldest.</summary>
public sealed record OutboxBacklog(long Queued, DateTimeOffset? OldestQueuedAt)
{
    public TimeSpan Lag(DateTimeOffset now) => OldestQueuedAt is { } oldest && now > oldest ? now - oldest : TimeSpan.Zero;

    public static async Task<OutboxBacklog> ReadAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        // The outbox_queued index (status, id) finds the queued rows; the oldest is the lowest id.
        var queued = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            "select count(*) from outbox where status = 'queued'", cancellationToken: cancellationToken));
        var oldest = queued == 0 ? null : await connection.QuerySingleOrDefaultAsync<DateTimeOffset?>(new CommandDefinition(
            "select created_at from outbox where status = 'queued' order by id limit 1", cancellationToken: cancellationToken));
        return new(queued, oldest);
    }
}
