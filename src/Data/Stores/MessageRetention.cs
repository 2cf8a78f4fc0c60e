using System.Data.Common;
using Dapper;

namespace Pkkpm.Data.Stores;

/// <summary>
/// Blanks the words of old messages, a small batch per call: what members wrote to us (and the
/// replies kept for a repeated delivery), what we sent them once it is sent, failed or skipped, and
/// the words of questions and their answers.
/// The rows stay, and everything the books point to: ledger entries, codes, reports, disputes,
/// attendance and broadcasts keep their text. Idempotent: a blanked row has body_removed_at and
/// is never taken again. On PostgreSQL instances running it at once skip each other's rows
/// (skip locked) instead of waiting; the outer condition is checked again on the row as locked.
/// </summary>
public static class MessageRetention
{
    /// <summary>Inbound messages received before <paramref name="cutoff"/>: body and stored replies.</summary>
    public static Task<int> BlankInboundAsync(DbConnection connection, DbTransaction transaction, DateTimeOffset cutoff, DateTimeOffset now, int limit) =>
        connection.ExecuteAsync($"""
            update inbound_messages set body = '', replies = '[]', body_removed_at = @Now
             where body_removed_at is null
               and sid in (select sid from inbound_messages
                            where body_removed_at is null and received_at < @Cutoff
                            order by received_at limit @Limit {SkipLocked(connection)})
            """, new { Cutoff = cutoff, Now = now, Limit = limit }, transaction);

    /// <summary>
    /// Outbound messages created before <paramref name="cutoff"/> that will not be sent again (sent,
    /// failed, skipped); a queued one keeps its words until it goes.
    /// </summary>
    public static Task<int> BlankOutboxAsync(DbConnection connection, DbTransaction transaction, DateTimeOffset cutoff, DateTimeOffset now, int limit) =>
        connection.ExecuteAsync($"""
            update outbox set body = '', body_removed_at = @Now
             where body_removed_at is null and status in ('sent', 'failed', 'skipped')
               and id in (select id from outbox
                           where body_removed_at is null and status in ('sent', 'failed', 'skipped') and created_at < @Cutoff
                           order by created_at limit @Limit {SkipLocked(connection)})
            """, new { Cutoff = cutoff, Now = now, Limit = limit }, transaction);

    /// <summary>
    /// Questions (TANYA) asked and answers (JAWAB, the console's inbox) given before <paramref name="cutoff"/>:
    /// members' words like any message's. The rows stay: the code (the question's id), who asked and
    /// answered, and when.
    /// </summary>
    public static async Task<int> BlankQuestionsAsync(DbConnection connection, DbTransaction transaction, DateTimeOffset cutoff, DateTimeOffset now, int limit) =>
        await connection.ExecuteAsync($"""
            update questions set body = '', body_removed_at = @Now
             where body_removed_at is null
               and id in (select id from questions
                           where body_removed_at is null and asked_at < @Cutoff
                           order by asked_at limit @Limit {SkipLocked(connection)})
            """, new { Cutoff = cutoff, Now = now, Limit = limit }, transaction)
        + await connection.ExecuteAsync($"""
            update question_answers set body = '', body_removed_at = @Now
             where body_removed_at is null
               and id in (select id from question_answers
                           where body_removed_at is null and answered_at < @Cutoff
                           order by answered_at limit @Limit {SkipLocked(connection)})
            """, new { Cutoff = cutoff, Now = now, Limit = limit }, transaction);

    // SQLite's single writer runs one batch at a time and has no row locks.
    private static string SkipLocked(DbConnection connection) => Dialect.IsPostgres(connection) ? "for update skip locked" : "";
}
