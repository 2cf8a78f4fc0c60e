using Dapper;
using Pkkpm.Data.Stores;
using Pkkpm.Data.Tests.Infrastructure;
using static Pkkpm.Data.Tests.Infrastructure.Fixture;

namespace Pkkpm.Data.Tests.Stores;

/// <summary>
/// Questions and answers older than the retention period lose their words, as messages do; the
/// rows (the code is the question's id), who and when stay; newer ones keep everything; a second
/// pass takes nothing.
/// </summary>
public class QuestionRetentionTests
{
    private static readonly DateTimeOffset Now = Friday, Cutoff = Now.AddDays(-365);
    private static readonly DateTimeOffset LastYear = Now.AddDays(-400), LastWeek = Now.AddDays(-7);

    [SkippableTheory, Providers]
    public async Task Old_questions_and_answers_are_blanked_and_new_ones_kept(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var old = await AskAsync(db, "kapan pencairan bu?", LastYear);
        await AnswerAsync(db, old, "minggu depan", LastYear.AddDays(1));
        var recent = await AskAsync(db, "pelatihan e nang endi?", LastWeek);
        // Answered only last week: the answer's own time decides, not its question's.
        await AnswerAsync(db, old, "diundur Senin", LastWeek);
        var kept = await RowsAsync(db);

        var blanked = await db.Database.WriteAsync((c, t) => MessageRetention.BlankQuestionsAsync(c, t, Cutoff, Now, 1))
            + await db.Database.WriteAsync((c, t) => MessageRetention.BlankQuestionsAsync(c, t, Cutoff, Now, 1));
        var again = await db.Database.WriteAsync((c, t) => MessageRetention.BlankQuestionsAsync(c, t, Cutoff, Now, 100));

        Assert.Equal((2, 0), (blanked, again));
        Assert.Equal(
            [$"q {old} 2 : removed", $"q {recent} 2 pelatihan e nang endi?: kept", $"a {old} 4 : removed", $"a {old} 4 diundur Senin: kept"],
            await RowsAsync(db));
        Assert.Equal(kept.Count, (await RowsAsync(db)).Count);
    }

    private static async Task<long> AskAsync(TestDatabase db, string body, DateTimeOffset at)
    {
        var message = Message(PainemPhone, at: at);
        return await db.Database.WriteAsync(async (c, t) =>
        {
            await InboundMessages.RecordAsync(c, t, message);
            return await c.ExecuteScalarAsync<long>("""
                insert into questions (group_id, asked_by_person_id, body, source, source_message_sid, asked_at)
                values (1, 2, @Body, 'sms', @Sid, @At) returning id
                """, new { Body = body, Sid = message.MessageSid, At = at }, t);
        });
    }

    private static Task AnswerAsync(TestDatabase db, long questionId, string body, DateTimeOffset at) =>
        db.Database.WriteAsync(async (c, t) =>
        {
            await QuestionBook.AnswerAsync(c, t, questionId, Rina, body, "console", null, at);
            return 0;
        });

    private static async Task<List<string>> RowsAsync(TestDatabase db) =>
        (await db.QueryAsync<string>("""
            select 'q ' || id || ' ' || asked_by_person_id || ' ' || body || ': ' || case when body_removed_at is null then 'kept' else 'removed' end
              from questions
            union all
            select 'a ' || question_id || ' ' || answered_by_person_id || ' ' || body || ': ' || case when body_removed_at is null then 'kept' else 'removed' end
              from question_answers
            """)).OrderBy(r => r[0] == 'q' ? 0 : 1).ThenBy(r => r, StringComparer.Ordinal).ToList();
}
