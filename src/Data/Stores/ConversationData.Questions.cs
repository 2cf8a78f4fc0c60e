using Dapper;
using Pkkpm.Conversations.Questions;

namespace Pkkpm.Data.Stores;

/// <summary>TANYA and JAWAB: a question and each answer are rows of their own, attributed to the message.</summary>
public sealed partial class ConversationData
{
    private const string AskSql = $"""
        insert into questions (group_id, asked_by_person_id, body, source, source_message_sid, asked_at)
        values (@GroupId, {RecordedBy}, @Body, @Source, @Sid, @Now)
        returning id;
        """;

    public async Task<AskedQuestion> AskQuestionAsync(long groupId, string text, CancellationToken cancellationToken)
    {
        var id = await connection.ExecuteScalarAsync<long>(Attributed(AskSql, new { GroupId = groupId, Body = text }, cancellationToken));
        return new AskedQuestion(id, QuestionBook.Code(id));
    }

    public Task<QuestionInfo?> FindQuestionAsync(string code, CancellationToken cancellationToken) =>
        QuestionBook.FindAsync(connection, transaction, code);

    public async Task AnswerQuestionAsync(long questionId, string text, CancellationToken cancellationToken)
    {
        var answeredBy = await connection.ExecuteScalarAsync<long>(Attributed($"select {RecordedBy}", new { }, cancellationToken));
        await QuestionBook.AnswerAsync(connection, transaction, questionId, answeredBy, text, Source(message.Channel), message.MessageSid, message.ReceivedAt);
    }
}
