using Dapper;

namespace Pkkpm.Data.Monitoring;

/// <summary>Members' questions (TANYA) in a scope: the inbox and the dashboard's count of those unanswered.</summary>
public sealed partial class MonitoringFigures
{
    private const string Unanswered = "not exists (select 1 from question_answers a where a.question_id = q.id)";

    public Task<long> GetUnansweredQuestionsAsync(MonitoringScope scope, CancellationToken cancellationToken = default) =>
        ReadAsync(scope, null, (connection, q) => connection.ExecuteScalarAsync<long>(q.Command($"""
            select cast(count(*) as bigint) from questions q join groups g on g.id = q.group_id
             where {q.Scope} and {Unanswered}
            """)), cancellationToken);

    /// <summary>Unanswered first, then the newest; at most <paramref name="limit"/>.</summary>
    public Task<IReadOnlyList<InboxQuestion>> GetInboxAsync(MonitoringScope scope, int limit, CancellationToken cancellationToken = default) =>
        ReadAsync(scope, new { Limit = limit }, async (connection, q) => (IReadOnlyList<InboxQuestion>)(await connection.QueryAsync<InboxQuestion>(q.Command($"""
            select q.id as QuestionId, g.code as GroupCode, g.name as GroupName, q.asked_by_person_id as AskedByPersonId, p.name as AskerName,
                   q.body as Text, q.asked_at as AskedAt,
                   cast((select count(*) from question_answers a where a.question_id = q.id) as bigint) as Answers,
                   (select a.body from question_answers a where a.question_id = q.id order by a.id desc limit 1) as LastAnswer,
                   (select ap.name from question_answers a join people ap on ap.id = a.answered_by_person_id
                     where a.question_id = q.id order by a.id desc limit 1) as LastAnsweredBy
              from questions q join groups g on g.id = q.group_id join people p on p.id = q.asked_by_person_id
             where {q.Scope}
             order by case when {Unanswered} then 0 else 1 end, q.asked_at desc, q.id desc
             limit @Limit
            """))).ToList(), cancellationToken);
}
