using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Pkkpm.Bot.ProgrammeConsole.Access;
using Pkkpm.Bot.ProgrammeConsole.Dashboard;
using Pkkpm.Conversations.People;
using Pkkpm.Conversations.Questions;
using Pkkpm.Conversations.Turns;
using Pkkpm.Data;
using Pkkpm.Data.Monitoring;
using Pkkpm.Data.Stores;

namespace Pkkpm.Bot.ProgrammeConsole.Inbox;

/// <summary>
/// /console/pertanyaan: members' questions (TANYA) in the viewer's scope, unanswered first. A
/// pendamping answers her groups' questions and an admin any, exactly as JAWAB does (the same row,
/// the same SMS through the outbox); a pemantau reads; anyone else finds no such page.
/// </summary>
public sealed class IndexModel(IDatabase database, MonitoringFigures figures, TimeProvider clock) : PageModel
{
    public const int Shown = 200;

    public IReadOnlyList<InboxQuestion> Questions { get; private set; } = [];
    public bool MayAnswer { get; private set; }
    public string? Problem { get; private set; }

    [FromQuery(Name = "dijawab")]
    public string? AnsweredCode { get; set; }

    public static bool MaySee(ConsoleViewer viewer) => viewer.Role is Role.Pendamping or Role.Admin or Role.Pemantau;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var viewer = HttpContext.Viewer();
        if (!MaySee(viewer)) return NotFound();
        await LoadAsync(viewer, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(long id, string? jawaban, CancellationToken cancellationToken)
    {
        var viewer = HttpContext.Viewer();
        if (viewer.Role is not (Role.Pendamping or Role.Admin)) return NotFound();
        var code = QuestionBook.Code(id);
        var question = await database.ReadAsync(c => QuestionBook.FindAsync(c, null, code), cancellationToken);
        // Another group's question is as missing as one that does not exist.
        if (question is null || !viewer.IsAdmin && !viewer.CanSeeGroup(question.GroupId)) return NotFound();
        var answer = jawaban?.Trim() ?? "";
        if (answer.Length == 0)
        {
            Problem = $"Tulis jawaban untuk pertanyaan {code} dulu.";
            await LoadAsync(viewer, cancellationToken);
            return Page();
        }
        var now = clock.GetUtcNow();
        await database.WriteAsync(async (connection, transaction) =>
        {
            await QuestionBook.AnswerAsync(connection, transaction, question.QuestionId, viewer.PersonId, answer, "console", null, now);
            foreach (var page in QuestionTexts.AnswerPages(viewer.Role, Names.First(viewer.Name), code, answer))
                await Outbox.QueueAsync(connection, transaction, new QueueOutbound(question.AskerPhone, null, page, OutboundKinds.Answer), null, now);
            return 0;
        }, cancellationToken);
        return Redirect($"/console/pertanyaan?dijawab={code}");
    }

    public static string Code(long questionId) => QuestionBook.Code(questionId);

    private async Task LoadAsync(ConsoleViewer viewer, CancellationToken cancellationToken)
    {
        MayAnswer = viewer.Role is Role.Pendamping or Role.Admin;
        Questions = await figures.GetInboxAsync(ConsoleAreas.Whole(viewer).Scope, Shown, cancellationToken);
    }
}
