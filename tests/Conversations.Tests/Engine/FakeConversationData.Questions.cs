using Pkkpm.Conversations.Questions;

namespace Pkkpm.Conversations.Tests.Engine;

/// <summary>Questions (TANYA) and answers (JAWAB), held in memory.</summary>
internal sealed partial class FakeConversationData
{
    public List<QuestionInfo> Questions { get; } = [];
    public List<(long QuestionId, string Text)> Answers { get; } = [];

    public Task<AskedQuestion> AskQuestionAsync(long groupId, string text, CancellationToken cancellationToken)
    {
        var id = Questions.Count + 1;
        var code = $"Q{id:000}";
        Questions.Add(new QuestionInfo(id, code, groupId, "", 0, "", "Ibu", null, CurrentSenderPhone ?? "", text, DateTimeOffset.UnixEpoch, 0));
        return Task.FromResult(new AskedQuestion(id, code));
    }

    public Task<QuestionInfo?> FindQuestionAsync(string code, CancellationToken cancellationToken) =>
        Task.FromResult(Questions.FirstOrDefault(q => q.Code.Equals(code, StringComparison.OrdinalIgnoreCase)) is { } q
            ? q with { Answers = Answers.Count(a => a.QuestionId == q.QuestionId) } : null);

    public Task AnswerQuestionAsync(long questionId, string text, CancellationToken cancellationToken)
    {
        Answers.Add((questionId, text));
        return Task.CompletedTask;
    }
}
