using System.Data.Common;
using Dapper;
using Pkkpm.Conversations.Questions;

namespace Pkkpm.Data.Stores;

/// <summary>
/// Questions (TANYA) and their answers, as JAWAB and the console's inbox both find and answer them:
/// one SQL for both, so an answer from the console is the same row as one by SMS. The question's
/// code is its id as an entry code (<see cref="EntryCodes"/>: no look-alike letters).
/// </summary>
public static class QuestionBook
{
    private const string FindSql = """
        select q.id as QuestionId, q.group_id as GroupId, g.code as GroupCode, q.asked_by_person_id as AskedByPersonId,
               p.name as AskerName, p.salutation as AskerSalutation, p.panggilan as AskerPanggilan, p.phone as AskerPhone,
               q.body as Text, q.asked_at as AskedAt,
               cast((select count(*) from question_answers a where a.question_id = q.id) as bigint) as Answers
          from questions q join groups g on g.id = q.group_id join people p on p.id = q.asked_by_person_id
         where q.id = @Id;
        """;

    private const string AnswerSql = """
        insert into question_answers (question_id, answered_by_person_id, body, source, source_message_sid, answered_at)
        values (@QuestionId, @AnsweredBy, @Body, @Source, @Sid, @Now);
        """;

    public static string Code(long questionId) => EntryCodes.Encode(questionId);

    public static async Task<QuestionInfo?> FindAsync(DbConnection connection, DbTransaction? transaction, string code)
    {
        if (!EntryCodes.TryParse(code, out var id)) return null;
        var row = await connection.QuerySingleOrDefaultAsync<Row>(FindSql, new { Id = id }, transaction);
        return row is null ? null : new QuestionInfo(row.QuestionId, Code(row.QuestionId), row.GroupId, row.GroupCode, row.AskedByPersonId,
            row.AskerName, row.AskerSalutation, row.AskerPanggilan, row.AskerPhone, row.Text, row.AskedAt, (int)row.Answers);
    }

    /// <summary>An answer, a row of its own. <paramref name="source"/> "console" has no message (<paramref name="sid"/> null).</summary>
    public static Task AnswerAsync(DbConnection connection, DbTransaction transaction, long questionId, long answeredByPersonId, string body,
        string source, string? sid, DateTimeOffset now) =>
        connection.ExecuteAsync(AnswerSql,
            new { QuestionId = questionId, AnsweredBy = answeredByPersonId, Body = body, Source = source, Sid = sid, Now = now }, transaction);

    // A class, not a positional record: SQLite reports no column type for an empty computed column.
    private sealed class Row
    {
        public long QuestionId { get; init; }
        public long GroupId { get; init; }
        public string GroupCode { get; init; } = "";
        public long AskedByPersonId { get; init; }
        public string AskerName { get; init; } = "";
        public string AskerSalutation { get; init; } = "";
        public string? AskerPanggilan { get; init; }
        public string AskerPhone { get; init; } = "";
        public string Text { get; init; } = "";
        public DateTimeOffset AskedAt { get; init; }
        public long Answers { get; init; }
    }
}
