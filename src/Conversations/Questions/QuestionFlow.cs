using Pkkpm.Conversations.Engine;
using Pkkpm.Conversations.People;
using Pkkpm.Conversations.Turns;

namespace Pkkpm.Conversations.Questions;

/// <summary>
/// TANYA pesan: a member's question goes at once (no YA: it changes no books) to every pendamping
/// of her group, with a code. JAWAB kode pesan: a pendamping of that group answers; the member gets
/// the answer by SMS. A second answer to the same question is allowed (a correction, or a second
/// pendamping): it is sent too, and the pendamping is told the question had been answered already.
/// </summary>
internal static class QuestionFlow
{
    public static async Task<Next> AskAsync(Turn turn, string arguments)
    {
        var sender = turn.Sender;
        var group = sender.HomeGroup!;
        // Stored whole, as typed: the pendamping's SMS carries what fits, the console shows it all.
        var text = QuestionTexts.AfterFirstWord(turn.Message.Body);
        if (arguments.Length == 0 || text.Length == 0)
        {
            turn.Say(QuestionTexts.AskUsage(sender));
            return Next.Done;
        }
        var asked = await turn.Data.AskQuestionAsync(group.GroupId, text, turn.CancellationToken);
        var pendamping = (await turn.Data.GetOfficersAsync(group.GroupId, turn.CancellationToken)).Where(o => o.Role == Role.Pendamping).ToList();
        var forward = QuestionTexts.Forward(asked.Code, sender.Addressed, group.Code, text);
        foreach (var officer in pendamping)
            turn.Send(officer.Phone, forward, OutboundKinds.Question);
        turn.Say(pendamping.Count > 0 ? QuestionTexts.Acknowledged(sender, asked.Code, pendamping) : QuestionTexts.NobodyToAsk(sender, asked.Code));
        return Next.Done;
    }

    public static async Task<Next> AnswerAsync(Turn turn, string arguments)
    {
        var sender = turn.Sender;
        var afterKeyword = QuestionTexts.AfterFirstWord(turn.Message.Body);
        var code = QuestionTexts.FirstWord(afterKeyword);
        if (arguments.Length == 0 || code.Length == 0)
        {
            turn.Say(QuestionTexts.AnswerUsage());
            return Next.Done;
        }
        var question = await turn.Data.FindQuestionAsync(code, turn.CancellationToken);
        // Another group's question answers exactly as a code that does not exist: no oracle.
        if (question is null || sender.Groups.All(g => g.GroupId != question.GroupId))
        {
            turn.Say(QuestionTexts.NotFound(sender, code));
            return Next.Done;
        }
        var answer = QuestionTexts.AfterFirstWord(afterKeyword);
        if (answer.Length == 0)
        {
            turn.Say(QuestionTexts.EmptyAnswer(question.Code));
            return Next.Done;
        }
        await turn.Data.AnswerQuestionAsync(question.QuestionId, answer, turn.CancellationToken);
        foreach (var page in QuestionTexts.AnswerPages(sender.Role, sender.FirstName, question.Code, answer))
            turn.Send(question.AskerPhone, page, OutboundKinds.Answer);
        turn.Say(QuestionTexts.Answered(question));
        return Next.Done;
    }
}
