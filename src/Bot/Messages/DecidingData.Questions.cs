using Pkkpm.Conversations.Questions;

namespace Pkkpm.Bot.Messages;

/// <summary>TANYA and JAWAB record; finding a question only reads.</summary>
public sealed partial class DecidingData
{
    public Task<AskedQuestion> AskQuestionAsync(long groupId, string text, CancellationToken cancellationToken) => throw new TurnMustRecord("a question");

    public Task<QuestionInfo?> FindQuestionAsync(string code, CancellationToken cancellationToken) => reads.FindQuestionAsync(code, cancellationToken);

    public Task AnswerQuestionAsync(long questionId, string text, CancellationToken cancellationToken) => throw new TurnMustRecord("an answer");
}
