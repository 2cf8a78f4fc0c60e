using System.Data.Common;
using Dapper;

namespace Pkkpm.Data.Stores;

/// <summary>
/// What waits in the outbox, as two queues: a person's own business (receipts, answers: priority 0),
/// which people wait for, and bulk (notices, reminders, tips, broadcasts), which drains at the
/// sender's rate and may rightly wait an hour behind a large broadcast.
/// </summary>
public sealed record OutboxBacklog(OutboxBacklog.Queue Personal, OutboxBacklog.Queue Bulk)
{
    public sealed record Queue(long Waiting, DateTimeOffset? OldestAt)
    {
        public static readonly Queue Empty = new(0, null);

        public TimeSpan Lag(DateTimeOffset now) => OldestAt is { } oldest && now > oldest ? now - oldest : TimeSpan.Zero;
    }

    public static readonly OutboxBacklog Empty = new(Queue.Empty, Queue.Empty);

    public static async Task<OutboxBacklog> ReadAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        // Moments are UTC in one text form on SQLite, so min() is the oldest there as well.
        var rows = (await connection.QueryAsync<(int Priority, long Waiting, DateTimeOffset Oldest)>(new CommandDefinition(
            "select priority, count(*), min(created_at) from outbox where status = 'queued' group by priority",
            cancellationToken: cancellationToken))).ToList();
        Queue Of(int priority) => rows.Where(r => r.Priority == priority).Select(r => new Queue(r.Waiting, r.Oldest)).FirstOrDefault() ?? Queue.Empty;
        return new(Of(0), Of(1));
    }
}
