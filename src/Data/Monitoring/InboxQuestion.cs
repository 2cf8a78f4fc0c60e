namespace Pkkpm.Data.Monitoring;

/// <summary>A question in the console's inbox: who asked, in which group, when, what, and its latest answer.</summary>
public sealed class InboxQuestion
{
    public const string UnansweredDefinition = "Pertanyaan belum dijawab: pertanyaan anggota (TANYA) dalam cakupan yang belum punya jawaban pendamping.";

    public long QuestionId { get; init; }
    public string GroupCode { get; init; } = "";
    public string GroupName { get; init; } = "";
    public long AskedByPersonId { get; init; }
    public string AskerName { get; init; } = "";
    public string Text { get; init; } = "";
    public DateTimeOffset AskedAt { get; init; }
    public long Answers { get; init; }
    public string? LastAnswer { get; init; }
    public string? LastAnsweredBy { get; init; }
}
