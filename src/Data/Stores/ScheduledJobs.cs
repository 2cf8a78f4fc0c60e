using System.Data.Common;
using Dapper;

namespace Pkkpm.Data.Stores;

/// <summary>
/// Work due at a time. A worker claims due jobs with a lease (so two workers do not start the same
/// job at once); a job is done exactly once because its work and its done_at commit in one
/// transaction that first checks done_at is still empty.
/// </summary>
public static class ScheduledJobs
{
    public sealed record Job(long Id, string Kind, long? RefId, DateTimeOffset DueAt);

    public const string MeetingReminder = "meeting-reminder";
    public const string WeeklyTips = "weekly-tips";
    public const string ArrearsReminders = "arrears-reminders";

    /// <summary>The weekly tips job has no row to refer to; 0 keeps (kind, ref_id, due_at) unique.</summary>
    public const long NoRef = 0;

    // PostgreSQL: several instances claim at once; a job another worker is claiming is skipped, not
    // waited for (SQLite's single writer already runs one claim at a time).
    private const string ClaimSkipLockedSql = """
        with due as (
            select id from scheduled_jobs
             where done_at is null and due_at <= @Now and (claimed_until is null or claimed_until < @Now)
             order by due_at, id limit @Limit
               for update skip locked
        )
        update scheduled_jobs j set claimed_until = @Until, attempts = j.attempts + 1
          from due where j.id = due.id
        returning j.id, j.kind, j.ref_id, j.due_at
        """;

    public static async Task<IReadOnlyList<Job>> ClaimDueAsync(DbConnection connection, DbTransaction transaction, DateTimeOffset now, TimeSpan lease, int limit)
    {
        if (Dialect.IsPostgres(connection))
            return (await connection.QueryAsync<(long Id, string Kind, long? RefId, DateTimeOffset DueAt)>(
                    ClaimSkipLockedSql, new { Now = now, Until = now + lease, Limit = limit }, transaction))
                .OrderBy(r => r.DueAt).ThenBy(r => r.Id).Select(r => new Job(r.Id, r.Kind, r.RefId, r.DueAt)).ToList();
        var rows = (await connection.QueryAsync<(long Id, string Kind, long? RefId, DateTimeOffset DueAt)>("""
            select id, kind, ref_id, due_at from scheduled_jobs
             where done_at is null and due_at <= @Now and (claimed_until is null or claimed_until < @Now)
             order by due_at, id limit @Limit
            """, new { Now = now, Limit = limit }, transaction)).ToList();
        if (rows.Count > 0)
            await connection.ExecuteAsync(
                "update scheduled_jobs set claimed_until = @Until, attempts = attempts + 1 where id in @Ids",
                new { Until = now + lease, Ids = rows.Select(r => r.Id).ToArray() }, transaction);
        return rows.Select(r => new Job(r.Id, r.Kind, r.RefId, r.DueAt)).ToList();
    }

    /// <summary>Marks the job done; false when another worker already did it (then do nothing).</summary>
    public static async Task<bool> TryCompleteAsync(DbConnection connection, DbTransaction transaction, long jobId, DateTimeOffset now) =>
        await connection.ExecuteAsync("update scheduled_jobs set done_at = @Now, claimed_until = null where id = @Id and done_at is null",
            new { Id = jobId, Now = now }, transaction) == 1;

    public static Task RecordFailureAsync(DbConnection connection, DbTransaction transaction, long jobId, string error) =>
        connection.ExecuteAsync("update scheduled_jobs set error = @Error where id = @Id", new { Id = jobId, Error = error }, transaction);

    public static Task EnsureAsync(DbConnection connection, DbTransaction transaction, string kind, long refId, DateTimeOffset dueAt) =>
        connection.ExecuteAsync(
            "insert into scheduled_jobs (kind, ref_id, due_at) values (@Kind, @RefId, @DueAt) on conflict (kind, ref_id, due_at) do nothing",
            new { Kind = kind, RefId = refId, DueAt = dueAt }, transaction);
}
